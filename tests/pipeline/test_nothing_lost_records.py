"""Nothing lost, ever: one bad record never costs more than itself (issue 15, cases 3, 5, 6, 9-11).

One run of the whole job over a folder holding each kind of record that used to cost more
than itself; every test reads what a user would read back.
"""
import json

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from pipeline.output_folder import read_marker
from pipeline.run import main

COUNTS = {
    "int32": "Spain expelled 2147483648 Russian diplomats on Monday.",
    "e20": "Italy expelled 100000000000000000000 Russian diplomats on Tuesday.",
    "real": "Poland expelled 45 Russian diplomats on Wednesday.",
}
SVG_TAIL = "Later that week Germany expelled 40 Russian diplomats, the ministry said."
RAW_CONTROL = b'{"id": "ctl", "text": "Rain\tin Oslo.\x00 Sun\x1b in Rome.\rFog in Bergen."}'


def parquet_with_bad_cells(path, n=20, bad_utf8=14, far_date=5):
    texts = [f"Weather report number {i} from the coast.".encode() for i in range(1, n + 1)]
    texts[bad_utf8 - 1] = b"Broken \xff\xfe bytes in this one."
    arr = pa.array(texts, pa.binary())
    text = pa.Array.from_buffers(pa.string(), n, arr.buffers())      # invalid UTF-8, as a writer may leave it
    when = [1_650_000_000_000] * n
    when[far_date - 1] = 400_000_000_000_000                          # the year 14645
    pq.write_table(pa.table({"id": [f"pq{i}" for i in range(1, n + 1)], "text": text,
                             "published_at": pa.array(when, pa.timestamp("ms"))}), path, row_group_size=8)


@pytest.fixture(scope="module")
def run_out(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("lost")
    feed = tmp / "in"
    feed.mkdir()
    lines = [json.dumps({"id": k, "text": t, "published_at": "2022-04-07"}).encode() for k, t in COUNTS.items()]
    lines.append(RAW_CONTROL)
    lines += [json.dumps({"id": i, "text": t}).encode() for i, t in (("a", "Text T."), ("b", "Text T."),
                                                                      ("b", "Text U."))]
    lines.append(json.dumps({"id": "svg", "published_at": "2022-04-07", "text":
                             f"<p>Short intro.</p><svg><circle r='1'/><p>{SVG_TAIL}</p>"}).encode())
    (feed / "feed.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    parquet_with_bad_cells(feed / "rows.parquet")
    big = ("y" * 999 + "\n") * 1400             # 1.4 MB: over the field limit (6 bytes a --max_chars character)
    (feed / "rows.csv").write_text(f'id,text\ncsv1,First CSV row.\ncsv2,"{big}"\ncsv3,"Next good CSV row."\n')
    out = tmp / "out"
    code = main(["--input", str(feed), "--output", str(out), "--runner", "FnApiRunner", "--no_report",
                 "--progress_interval", "0"])
    return code, out, feed


def rows(out, table):
    return ds.dataset(str(out / table), format="parquet", partitioning="hive").to_table().to_pylist()


def test_the_run_completes_and_is_published_whatever_the_records(run_out):
    code, out, _ = run_out
    assert code == 0 and read_marker(str(out)) is not None
    reconciliation = json.loads((out / "_manifest.json").read_text())["reconciliation"]
    assert reconciliation["balanced"] is True


def test_a_count_beyond_any_real_expulsion_is_null_and_the_event_kept(run_out):
    _, out, _ = run_out
    events = {e["article_id"]: e for e in rows(out, "events") if e["modality"] == "asserted"}
    assert (events["int32"]["expelling_country"], events["int32"]["count"]) == ("ES", None)
    assert (events["e20"]["expelling_country"], events["e20"]["count"]) == ("IT", None)
    assert events["real"]["count"] == 45
    clusters = rows(out, "event_clusters")
    assert {c["count"] for c in clusters if c["expelling_country"] in ("ES", "IT")} == {None}
    assert all(c["count"] is None or c["count"] <= 10_000 for c in clusters)
    counts = {(c["country_code"], c["role"]): c for c in rows(out, "country_counts")}
    assert counts[("ES", "expelling")]["diplomats"] == 0 and counts[("ES", "expelling")]["events_without_count"] == 1
    assert counts[("PL", "expelling")]["diplomats"] == 45


def test_raw_control_characters_in_a_json_string_are_replaced_and_the_article_kept(run_out):
    _, out, _ = run_out
    (ctl,) = [a for a in rows(out, "articles") if a["article_id"] == "ctl"]
    assert ctl["n_chars"] == len("Rain\tin Oslo.  Sun  in Rome.\nFog in Bergen.")
    summary = json.loads((out / "summary.json").read_text())
    assert summary["metrics"]["read.control_characters_replaced"] >= 1


def test_a_duplicate_never_points_at_a_record_that_was_dropped(run_out):
    _, out, feed = run_out
    ids = {a["article_id"] for a in rows(out, "articles")}
    assert {"a", "b"} <= ids                      # b with text U is an article
    dups = [d for d in rows(out, "dead_letter") if d["stage"] == "duplicate"]
    assert [(d["line"], d["error"]) for d in dups] == [(6, f"duplicate text of 'a': kept {feed / 'feed.jsonl'}:5")]


def test_an_unclosed_svg_never_eats_the_rest_of_the_article(run_out):
    _, out, _ = run_out
    events = [e for e in rows(out, "events") if e["article_id"] == "svg"]
    assert [(e["expelling_country"], e["count"]) for e in events] == [("DE", 40)]
    assert SVG_TAIL in events[0]["sentence"]


def test_one_bad_parquet_cell_costs_only_its_row(run_out):
    _, out, feed = run_out
    source = str(feed / "rows.parquet")
    dead = [(d["line"], d["stage"]) for d in rows(out, "dead_letter") if d["source"] == source]
    assert dead == [(14, "decode")]
    ids = {a["article_id"] for a in rows(out, "articles") if a["source_file"] == source}
    assert ids == {f"pq{i}" for i in range(1, 21)} - {"pq14"}


def test_a_parquet_timestamp_past_year_9999_is_a_null_date(run_out):
    _, out, feed = run_out
    by_id = {a["article_id"]: a for a in rows(out, "articles")}
    assert by_id["pq5"]["published_at"] is None and by_id["pq6"]["published_at"] is not None


def test_an_over_long_csv_field_with_newlines_costs_only_its_row(run_out):
    _, out, feed = run_out
    source = str(feed / "rows.csv")
    dead = [(d["line"], d["stage"]) for d in rows(out, "dead_letter") if d["source"] == source]
    assert dead == [(3, "parse")]
    assert {a["article_id"] for a in rows(out, "articles") if a["source_file"] == source} == {"csv1", "csv3"}
