"""Reading article records: every line becomes an Article or a dead letter with a reason."""
import bz2
import gzip
import json

import apache_beam as beam
import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from transforms.records import Article, DeadLetter
from transforms.read import ReadArticles, content_id, expand_pattern, iter_lines, parse_record


def test_valid_record_becomes_article_with_normalised_date():
    a = parse_record(json.dumps({"id": "a1", "text": "Poland expelled 45 diplomats.", "title": " T ",
                                 "published_at": "2022-04-07T10:00:00+02:00"}), "f.jsonl", 3)
    assert isinstance(a, Article)
    assert (a.article_id, a.title, a.published_at, a.published_date) == ("a1", "T", "2022-04-07T08:00:00Z", "2022-04-07")
    assert (a.source_file, a.line) == ("f.jsonl", 3)


@pytest.mark.parametrize("raw, stage, reason", [
    ('{"id": "x", "text": ', "parse", "invalid JSON"),
    ('[1, 2]', "validate", "not an object"),
    ('"just a string"', "validate", "not an object"),
    ('{"id": "x"}', "validate", "no 'text'"),
    ('{"id": "x", "text": "   "}', "validate", "empty 'text'"),
    ('{"id": "x", "text": 42}', "validate", "'text' must be a string"),
    ('{"id": [1], "text": "ok"}', "validate", "'id' must be"),
    ('{"id": "x", "text": "ok", "title": 5}', "validate", "'title' must be a string"),
])
def test_bad_records_get_a_stage_and_reason(raw, stage, reason):
    d = parse_record(raw, "feed.jsonl", 7)
    assert isinstance(d, DeadLetter)
    assert (d.source, d.line, d.stage) == ("feed.jsonl", 7, stage)
    assert reason in d.error
    assert d.record.startswith(raw[:10])


def test_invalid_utf8_is_a_dead_letter():
    d = parse_record(b'{"id": "x", "text": "caf\xe9"}', "f", 1)
    assert isinstance(d, DeadLetter) and d.stage == "decode"


def test_unparseable_date_keeps_the_article_without_a_date():
    a = parse_record('{"id": "x", "text": "ok", "published_at": "last Tuesday"}', "f", 1)
    assert isinstance(a, Article) and a.published_date is None


def test_missing_id_gets_a_stable_id_from_the_text():
    a = parse_record('{"text": "Some news."}', "f", 1)
    b = parse_record('{"text": "Some news.", "title": "other"}', "g", 9)
    assert a.article_id == b.article_id == content_id("Some news.")


def test_too_long_text_is_dead_lettered():
    d = parse_record(json.dumps({"id": "x", "text": "a" * 50}), "f", 1, max_chars=10)
    assert isinstance(d, DeadLetter) and "max_chars" in d.error


def test_compressed_files_are_read_with_line_numbers(tmp_path):
    lines = [b'{"id": "1", "text": "one"}', b"", b'{"id": "2", "text": "two"}']
    gz = tmp_path / "a.jsonl.gz"
    gz.write_bytes(gzip.compress(b"\n".join(lines) + b"\n"))
    bz = tmp_path / "b.jsonl.bz2"
    bz.write_bytes(bz2.compress(b"\n".join(lines)))
    for path in (gz, bz):
        got = [(n, raw) for _, n, raw in iter_lines(str(path))]
        assert got == [(1, lines[0]), (3, lines[2])]


def test_truncated_gzip_keeps_records_before_the_damage(tmp_path):
    body = b"".join(b'{"id": "%d", "text": "article number %d with some words"}\n' % (i, i) for i in range(2000))
    data = gzip.compress(body)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    got = list(iter_lines(str(path)))
    good = [raw for _, _, raw in got if not isinstance(raw, DeadLetter)]
    broken = [raw for _, _, raw in got if isinstance(raw, DeadLetter)]
    assert 0 < len(good) < 2000
    assert len(broken) == 1 and broken[0].stage == "read" and "unreadable" in broken[0].error


def test_folder_means_every_file_in_it(tmp_path):
    assert expand_pattern(str(tmp_path)) == str(tmp_path) + "/*"
    assert expand_pattern("feed/*.jsonl") == "feed/*.jsonl"


def test_read_articles_transform_splits_good_and_bad(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "a", "text": "Alpha."}\nnot json\n{"id": "b", "text": ""}\n{"id": "c", "text": "Gamma."}\n')
    with TestPipeline(runner="FnApiRunner") as p:
        out = p | ReadArticles([str(path)])
        assert_that(out.articles | beam.Map(lambda a: (a.article_id, a.line)), equal_to([("a", 1), ("c", 4)]),
                    label="Articles")
        assert_that(out.dead_letter | beam.Map(lambda d: (d.line, d.stage)), equal_to([(2, "parse"), (3, "validate")]),
                    label="DeadLetters")


@pytest.mark.parametrize("raw, stage, reason", [
    ('{"id": "x", "text": "bad \\ud800 escape"}', "decode", "unpaired surrogate"),
    ('{"id": 1.5, "text": "ok"}', "validate", "'id' must be"),
    ('{"id": true, "text": "ok"}', "validate", "'id' must be"),
    ('{"id": "x", "text": "ok", "published_at": 20220407}', "validate", "'published_at' must be a string"),
    ('{"id": "x", "text": "<p> </p>"}', "validate", "empty 'text' after removing markup"),
    ('{"id": "' + "i" * 600 + '", "text": "ok"}', "validate", "at most 512"),
    ('{"id": "x", "text": "ok", "n": ' + "9" * 5000 + '}', "parse", "invalid JSON"),
    ("[" * 100000 + "]" * 100000, "parse", "invalid JSON"),
    ("", "parse", "invalid JSON"),
])
def test_more_bad_records_get_a_stage_and_reason(raw, stage, reason):
    d = parse_record(raw, "feed.jsonl", 2)
    assert isinstance(d, DeadLetter) and d.stage == stage and reason in d.error


def test_control_characters_become_spaces_and_carriage_returns_newlines():
    a = parse_record('{"id": "a\\u0000b", "text": "Poland\\u0007expelled\\r\\n45\\u009fdiplomats.", '
                     '"title": "T\\u001bitle"}', "f", 1)
    assert (a.article_id, a.text, a.title) == ("a b", "Poland expelled\n45 diplomats.", "T itle")


def test_html_text_is_stored_clean():
    a = parse_record('{"id": "h", "text": "<p>Poland <i>expelled</i> 45 diplomats.</p><p>Next.</p>", '
                     '"title": "<b>Big</b> news"}', "f", 1)
    assert (a.text, a.title) == ("Poland expelled 45 diplomats.\n\nNext.", "Big news")


def test_byte_order_mark_and_rfc2822_dates():
    a = parse_record('\ufeff{"id": "b", "text": "ok", "published_at": "Thu, 07 Apr 2022 10:00:00 +0200"}', "f", 1)
    assert a.published_at == "2022-04-07T08:00:00Z"


@pytest.mark.parametrize("value", ["0001-01-01T00:00:00+05:00", "9999-12-31T23:00:00-05:00", "0000", "2022-13-45",
                                   "x" * 500])
def test_out_of_range_or_placeholder_dates_are_kept_without_a_date(value):
    a = parse_record(json.dumps({"id": "d", "text": "ok", "published_at": value}), "f", 1)
    assert isinstance(a, Article) and a.published_at is None and a.published_date is None


def test_field_map_reads_other_names_and_nested_fields():
    from transforms.read import parse_field_map
    fm = parse_field_map("id=body_id, text=content,date=meta.when")
    a = parse_record('{"body_id": 7, "content": "Body.", "meta": {"when": "2020-01-02"}, "text": "not this"}',
                     "f", 1, field_map=fm)
    assert (a.article_id, a.text, a.published_date) == ("7", "Body.", "2020-01-02")
    with pytest.raises(ValueError, match="unknown field"):
        parse_field_map("body=content")
    with pytest.raises(ValueError, match="NAME=FIELD"):
        parse_field_map("text")


def test_read_articles_processes_duplicates_once_and_reports_them(tmp_path):
    a = tmp_path / "a.jsonl"
    b = tmp_path / "b.jsonl"
    a.write_text('{"id": "1", "text": "Alpha."}\n{"id": "2", "text": "Beta."}\n{"text": "Gamma."}\n')
    b.write_text('{"id": "1", "text": "Alpha, edited."}\n{"id": "3", "text": "Beta."}\n{"text": "Gamma."}\n')
    with TestPipeline(runner="FnApiRunner") as p:
        out = p | ReadArticles([str(a), str(b)])
        assert_that(out.articles | beam.Map(lambda r: (r.article_id, r.text)),
                    equal_to([("1", "Alpha."), ("2", "Beta."), (content_id("Gamma."), "Gamma.")]), label="Kept")
        assert_that(out.dead_letter | beam.Map(lambda d: (d.source[-7:], d.line, d.stage, d.error.split(":")[0])),
                    equal_to([("b.jsonl", 1, "duplicate", "duplicate id '1'"),
                              ("b.jsonl", 2, "duplicate", "duplicate text of '2'"),
                              ("b.jsonl", 3, "duplicate", f"duplicate id '{content_id('Gamma.')}'")]),
                    label="Duplicates")


@pytest.mark.parametrize("raw", [b'{"id": "c", "text": "Tab\there, NUL\x00, ESC\x1b, CR\rend"}',
                                 b'{"id": "c", "text": "only a raw\ttab"}'])
def test_raw_control_characters_in_a_json_string_are_repaired_not_dead_lettered(raw):
    a = parse_record(raw, "f", 1)
    assert isinstance(a, Article) and a.article_id == "c"
    assert not set(a.text) & {"\x00", "\x1b", "\r"}


def test_a_line_with_raw_control_characters_and_broken_json_is_still_a_parse_dead_letter():
    d = parse_record(b'{"id": "c", "text": "NUL\x00" ,}', "f", 1)
    assert d.stage == "parse"


def test_plausible_counts():
    from transforms.extract import MAX_PLAUSIBLE_COUNT, plausible_count
    assert [plausible_count(n) for n in (None, 0, 45, MAX_PLAUSIBLE_COUNT, MAX_PLAUSIBLE_COUNT + 1, 2 ** 31, -3)] \
        == [None, 0, 45, MAX_PLAUSIBLE_COUNT, None, None, None]
