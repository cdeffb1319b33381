"""Every input format reads into (path, record number, payload); damage is reported, not fatal."""
import bz2
import datetime
import gzip
import lzma

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard

from transforms.records import Article, DeadLetter
from transforms.formats import Limits, detect_format, read_file
from transforms.read import parse_record


@pytest.mark.parametrize("name, fmt", [
    ("a.jsonl", "jsonl"), ("a.jsonl.gz", "jsonl"), ("a.ndjson.zst", "jsonl"), ("dump", "jsonl"),
    ("a.parquet", "parquet"), ("x/a.CSV.bz2", "csv"), ("a.tsv", "csv"), ("feed.rss", "rss"),
    ("feed.atom.xz", "rss"), ("feed.xml", "rss"),
])
def test_format_from_the_file_name(name, fmt):
    assert detect_format(name) == fmt


def test_forced_format_wins_and_unknown_is_refused():
    assert detect_format("feed.txt", "rss") == "rss"
    with pytest.raises(ValueError, match="unknown input format"):
        detect_format("a.jsonl", "xlsx")


def articles(path, **kw):
    fm = kw.pop("field_map", None)
    return [parse_record(raw, p, n, field_map=fm, **kw) for p, n, raw in read_file(str(path))]


@pytest.mark.parametrize("compress, suffix", [(lambda b: b, ""), (gzip.compress, ".gz"), (bz2.compress, ".bz2"),
                                              (lzma.compress, ".xz"), (zstandard.compress, ".zst")])
def test_jsonl_in_every_compression(tmp_path, compress, suffix):
    path = tmp_path / f"f.jsonl{suffix}"
    path.write_bytes(compress(b'{"id": "1", "text": "one"}\n\n{"id": "2", "text": "two"}\n'))
    assert [(a.article_id, a.line) for a in articles(path)] == [("1", 1), ("2", 3)]


def test_parquet_with_mapped_fields_and_timestamps(tmp_path):
    path = tmp_path / "f.parquet"
    pq.write_table(pa.table({"body_id": ["a", None, "c"], "content": ["<p>Alpha <b>news</b></p>", "Beta", None],
                             "when": [datetime.datetime(2022, 4, 7, 10), None, None]}), path, row_group_size=1)
    got = articles(path, field_map={"id": "body_id", "text": "content", "published_at": "when"})
    assert (got[0].article_id, got[0].text, got[0].published_at) == ("a", "Alpha news", "2022-04-07T10:00:00Z")
    assert got[1].article_id.startswith("sha1-") and got[1].line == 2
    assert isinstance(got[2], DeadLetter) and got[2].stage == "validate" and "no 'content'" in got[2].error


def test_corrupt_parquet_is_one_read_dead_letter(tmp_path):
    path = tmp_path / "f.parquet"
    path.write_bytes(b"PAR1 this is not parquet")
    (d,) = articles(path)
    assert isinstance(d, DeadLetter) and d.stage == "read"


def test_csv_rows_multiline_fields_bad_rows_and_invalid_utf8(tmp_path):
    path = tmp_path / "f.csv"
    path.write_bytes(b'id,text,published_at\n1,"two\nlines",2022-04-07\n2,short row\n'
                     b'3,"caf\xe9",\n4,"ok, fine","Thu, 07 Apr 2022 10:00:00 +0200"\n')
    got = articles(path)
    assert (got[0].article_id, got[0].text, got[0].line) == ("1", "two\nlines", 2)
    assert (got[1].stage, got[1].line) == ("parse", 4) and "header has 3" in got[1].error
    assert (got[2].stage, got[2].line) == ("decode", 5)
    assert (got[3].text, got[3].published_at) == ("ok, fine", "2022-04-07T08:00:00Z")


def test_csv_field_above_the_size_limit_is_skipped_and_reading_goes_on(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text('id,text\n1,"' + "x" * 2_000_000 + '"\n2,after\n')
    got = [raw for _, _, raw in read_file(str(path), limits=Limits(max_chars=10))]
    assert isinstance(got[0], DeadLetter) and got[0].stage == "parse"
    assert got[1] == {"id": "2", "text": "after"}


RSS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file://SECRET_PATH">]>
<rss version="2.0"><channel><title>Wire</title>
<item><title>A &amp; B</title><link>http://example.org/1</link><guid>g1</guid>
<pubDate>Thu, 07 Apr 2022 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Poland &lt;b&gt;expelled&lt;/b&gt; 45 diplomats.&lt;/p&gt;&secret;</description></item>
<item><title>Two</title><link>http://example.org/2</link><description>Second story.</description></item>
</channel></rss>"""


def test_rss_entries_become_articles_without_resolving_external_entities(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-TOKEN")
    path = tmp_path / "f.rss"
    path.write_bytes(RSS.replace(b"SECRET_PATH", str(secret).encode()))
    first, second = articles(path, field_map={"text": "ignored-for-feeds"})
    assert "TOP-SECRET-TOKEN" not in repr((first, second))
    assert (first.article_id, first.title, first.url, first.source) == ("g1", "A & B", "http://example.org/1", "Wire")
    assert first.text.startswith("Poland expelled 45 diplomats.")
    assert first.published_at == "2022-04-07T10:00:00Z"
    assert (second.article_id, second.text, second.line) == ("http://example.org/2", "Second story.", 2)


def test_atom_feed(tmp_path):
    path = tmp_path / "f.atom"
    path.write_text('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>W</title>'
                    '<entry><id>urn:1</id><title>T</title><updated>2021-02-03T04:05:06Z</updated>'
                    '<content type="html">&lt;p&gt;Body text.&lt;/p&gt;</content></entry></feed>')
    (a,) = articles(path)
    assert (a.article_id, a.text, a.published_date) == ("urn:1", "Body text.", "2021-02-03")


def test_truncated_compressed_feed_keeps_entries_before_the_damage(tmp_path):
    items = b"".join(b"<item><guid>g%d</guid><description>Story number %d about diplomats.</description></item>"
                     % (i, i) for i in range(3000))
    data = gzip.compress(b'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>' + items
                         + b"</channel></rss>")
    path = tmp_path / "cut.rss.gz"
    path.write_bytes(data[: len(data) // 2])
    got = articles(path)
    good = [a for a in got if isinstance(a, Article)]
    assert 0 < len(good) < 3000 and good[0].article_id == "g0"
    assert isinstance(got[-1], DeadLetter) and got[-1].stage == "read"


def test_not_a_feed_is_one_parse_dead_letter(tmp_path):
    path = tmp_path / "f.xml"
    path.write_text("<html><body>hello</body></html>")
    (d,) = articles(path)
    assert isinstance(d, DeadLetter) and d.stage == "parse" and "no feed entries" in d.error


def test_oversized_json_line_is_skipped_to_its_end(tmp_path):
    path = tmp_path / "f.jsonl"
    path.write_text('{"id": "big", "text": "' + "x" * 3_000_000 + '"}\n{"id": "2", "text": "after"}\n')
    got = articles(path)
    assert (got[0].stage, got[0].line) == ("validate", 1) and "larger than" in got[0].error
    assert (got[1].article_id, got[1].line) == ("2", 2)


def test_one_bad_parquet_row_in_a_thousand_costs_only_that_row(tmp_path):
    # Invalid UTF-8 in row 700 used to lose rows 513 to 1,000 (the rest of its batch and file).
    from tests.pipeline.test_nothing_lost_records import parquet_with_bad_cells
    path = tmp_path / "f.parquet"
    parquet_with_bad_cells(path, n=1000, bad_utf8=700, far_date=300)
    got = articles(path)
    dead = [(g.line, g.stage) for g in got if isinstance(g, DeadLetter)]
    assert dead == [(700, "decode")] and len(got) == 1000
    assert [g.published_at for g in got if not isinstance(g, DeadLetter) and g.line in (299, 300, 301)] \
        == ["2022-04-15T05:20:00Z", None, "2022-04-15T05:20:00Z"]


def test_a_damaged_parquet_row_group_costs_only_its_rows(tmp_path):
    path = tmp_path / "f.parquet"
    table = pa.table({"id": [f"r{i}" for i in range(1, 1001)], "text": [f"text number {i} " * 5 for i in range(1, 1001)]})
    pq.write_table(table, path, row_group_size=250, compression="snappy")
    chunk = pq.ParquetFile(path).metadata.row_group(2).column(1)
    at = chunk.dictionary_page_offset if chunk.has_dictionary_page else chunk.data_page_offset
    data = bytearray(path.read_bytes())
    data[at + 4:at + 40] = b"\x07" * 36
    path.write_bytes(bytes(data))
    got = list(read_file(str(path)))
    dead = [(n, r.stage) for _, n, r in got if isinstance(r, DeadLetter)]
    assert dead == [(501, "read")] and "rows 501-750" in got[500][2].error
    assert [n for _, n, r in got if isinstance(r, dict)] == list(range(1, 501)) + list(range(751, 1001))


def test_an_over_long_quoted_csv_field_with_newlines_resumes_at_the_next_record(tmp_path):
    # It used to restart inside the field: thousands of spurious dead letters, the next good row lost.
    path = tmp_path / "f.csv"
    big = ("x" * 99 + "\n") * 11_000                     # 1.1 MB of lines in one quoted field, over 1 MiB
    path.write_text(f'id,text\n1,first\n2,"{big}and ""quoted"", commas"\n3,"next, good"\n4,last\n')
    got = list(read_file(str(path), limits=Limits(1)))   # the field limit is then 1 MiB
    assert [(n, r.stage if isinstance(r, DeadLetter) else r["id"]) for _, n, r in got] \
        == [(2, "1"), (3, "parse"), (11_004, "3"), (11_005, "4")]
