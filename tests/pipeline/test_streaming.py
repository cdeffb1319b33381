"""The event-driven job: event-time windows, late and too-late articles, the watched folder, Pub/Sub wiring."""
import json
from datetime import datetime, timezone
from pathlib import Path

import apache_beam as beam
import pyarrow.dataset as ds
import pytest
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.test_stream import TestStream
from apache_beam.testing.util import assert_that, equal_to
from apache_beam.transforms import window

from pipeline.options import NewsnormOptions, validate
from transforms.records import Event
from pipeline.run import OptionsError, run
from transforms.schemas import WINDOW_COUNTS
from pipeline.folder_files import is_complete_file
from pipeline.runners import beam_pipeline
from pipeline.streaming import build_streaming_pipeline, event_seconds, first_sightings, streaming_problems
from transforms.windowed_counts import WindowedCountryCounts, pane_path, window_rows, window_totals

DAY = 86400
NAMES = {"PL": "Poland", "RU": "Russia", "DE": "Germany", "GB": "United Kingdom", "EE": "Estonia",
         "JP": "Japan", "FR": "France"}


def at(iso: str) -> float:
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()


def event(eid, expelling, expelled, count, published, article=None):
    return Event(event_id=eid, article_id=article or f"a-{eid}", expelling_country=expelling,
                 expelled_country=expelled, count=count, at_least=False, event_year=int(published[:4]),
                 modality="asserted", sentence="...", start_char=0, end_char=3, published_date=published[:10])


def pane_tuples(pane):
    return [(pane.window_start.strftime("%Y-%m-%d"), pane.timing, pane.index, r["country_code"], r["role"],
             r["diplomats"]) for r in pane.rows]


def streaming_options(*args):
    return PipelineOptions(["--streaming", *args])


# ---------------------------------------------------------------------------
# Plain functions
# ---------------------------------------------------------------------------

def test_each_path_is_passed_on_once_however_often_the_folder_is_listed():
    seen = set()
    assert first_sightings(["/f/a", "/f/b"], seen) == ["/f/a", "/f/b"]
    assert first_sightings(["/f/a", "/f/b", "/f/c"], seen) == ["/f/c"]
    assert first_sightings(["/f/c", "/f/a"], seen) == []


def test_files_still_being_written_are_not_read():
    assert is_complete_file("/in/feed-1.jsonl")
    for partial in ("/in/.feed-1.jsonl", "/in/feed-1.jsonl.tmp", "/in/feed.part", "/in/_staging", "/in/~x"):
        assert not is_complete_file(partial), partial


def test_event_time_comes_from_published_at():
    assert event_seconds("2022-04-05T10:00:00Z") == at("2022-04-05T10:00:00Z")
    assert event_seconds(None) is None


def test_reports_of_one_expulsion_in_a_window_count_once():
    totals = window_totals([event("e1", "PL", "RU", 45, "2022-04-05"), event("e2", "PL", "RU", 45, "2022-04-05"),
                            event("e3", "DE", "RU", 4, "2022-04-05")])
    assert totals[("PL", "expelling")].diplomats == 45
    assert totals[("PL", "expelling")].reports == 2
    assert len(totals[("PL", "expelling")].articles) == 2
    assert totals[("RU", "expelled")].diplomats == 49
    assert totals[("RU", "expelled")].events == 2


def test_window_rows_and_the_pane_path():
    start = datetime(2022, 4, 5, tzinfo=timezone.utc)
    end = datetime(2022, 4, 6, tzinfo=timezone.utc)
    rows = window_rows(start, end, "LATE", 2, window_totals([event("e1", "PL", "RU", 45, "2022-04-05")]),
                       NAMES.get)
    assert [(r["country_name"], r["role"], r["diplomats"], r["pane"], r["pane_timing"]) for r in rows] == [
        ("Russia", "expelled", 45, 2, "LATE"), ("Poland", "expelling", 45, 2, "LATE")]
    assert set(rows[0]) == set(WINDOW_COUNTS.names)
    assert pane_path("/out", start, 2) == "/out/window_counts/2022-04-05T0000/pane-00002.parquet"


def test_docs_describe_every_window_counts_column():
    docs = (Path(__file__).resolve().parents[2] / "docs" / "OUTPUTS.md").read_text(encoding="utf-8")
    section = docs.split("## window_counts", 1)[1].split("\n## ", 1)[0]
    documented = [line.split("|")[1].strip() for line in section.splitlines()
                  if line.startswith("| ") and not line.startswith("| column")]
    assert documented == WINDOW_COUNTS.names


# ---------------------------------------------------------------------------
# Options
# ---------------------------------------------------------------------------

def test_streaming_needs_exactly_one_source_and_no_input():
    def problems(*args):
        return validate(PipelineOptions(list(args)).view_as(NewsnormOptions))

    assert problems("--streaming", "--watch_folder", "/in", "--output", "/out") == []
    assert any("exactly one source" in p for p in problems("--streaming", "--output", "/out"))
    assert any("exactly one source" in p for p in problems("--streaming", "--output", "/out", "--watch_folder",
                                                           "/in", "--input_topic", "projects/p/topics/t"))
    assert any("--input is for batch" in p for p in problems("--streaming", "--watch_folder", "/in",
                                                             "--input", "x.jsonl", "--output", "/out"))
    assert any("need --streaming" in p for p in problems("--input", "x", "--output", "/o", "--watch_folder", "/in"))
    assert any("--window_minutes" in p for p in problems("--streaming", "--watch_folder", "/in", "--output", "/o",
                                                         "--window_minutes", "0"))
    # batch behaviour unchanged
    assert problems("--input", "x.jsonl", "--output", "/out") == []
    assert any("--input is required" in p for p in problems("--output", "/out"))


def test_a_local_watched_folder_runs_live_without_a_stop_time(tmp_path):
    options = streaming_options("--watch_folder", str(tmp_path), "--output", str(tmp_path / "out"))
    assert streaming_problems(options, options.view_as(NewsnormOptions)) == []
    with pytest.raises(OptionsError, match="not a folder"):
        run(["--streaming", "--watch_folder", str(tmp_path / "missing"), "--output", str(tmp_path / "out")])


def test_pubsub_graph_builds_without_contacting_the_service(tmp_path):
    options = streaming_options("--input_topic", "projects/my-project/topics/articles", "--output", str(tmp_path / "out"))
    opts = options.view_as(NewsnormOptions)
    assert validate(opts) == []
    assert any("Pub/Sub" in p for p in streaming_problems(options, opts))   # locally: refused before it starts
    bad = streaming_options("--input_topic", "articles", "--output", str(tmp_path / "out"))
    assert any("--input_topic" in p and "projects/" in p
               for p in streaming_problems(bad, bad.view_as(NewsnormOptions)))
    with beam_pipeline(options=options) as p:
        build_streaming_pipeline(p, opts)
        labels = {t.full_label for t in p.transforms_stack[0].parts}
        labels |= {part.full_label for t in p.transforms_stack[0].parts for part in t.parts}
    assert "ReadFeed/ReadFromPubSub" in labels
    assert {"ParseRecords", "RecogniseEntities", "WindowedCountryCounts", "WritePanes"} <= labels


# ---------------------------------------------------------------------------
# Windows, triggers and lateness (TestStream on the BundleBasedDirectRunner)
# ---------------------------------------------------------------------------

def test_every_window_pane_with_out_of_order_late_and_too_late_events():
    d0, d1, d2 = "2022-04-04", "2022-04-05", "2022-04-06"

    def stamped(e, iso):
        return window.TimestampedValue(e, at(iso))

    stream = (
        TestStream()
        .advance_watermark_to(at(f"{d0}T00:00:00Z"))
        .add_elements([stamped(event("pl", "PL", "RU", 45, d1), f"{d1}T10:00:00Z"),      # out of order:
                       stamped(event("de", "DE", "RU", 4, d0), f"{d0}T09:00:00Z")])      # day 1 before day 0
        .advance_watermark_to(at(f"{d1}T12:00:00Z"))                                     # day 0 on time
        .add_elements([stamped(event("gb", "GB", "RU", 23, d0), f"{d0}T15:00:00Z")])     # late for day 0
        .add_elements([stamped(event("fr", "FR", "RU", 6, d2), f"{d2}T08:00:00Z")])
        .advance_watermark_to(at(f"{d2}T12:00:00Z"))                                     # day 1 on time
        .add_elements([stamped(event("jp", "JP", "RU", 8, d1), f"{d1}T20:00:00Z")])      # late for day 1
        .advance_watermark_to(at("2022-04-07T12:00:00Z"))   # day 0 expired (end + 2 days), day 2 on time
        .add_elements([stamped(event("ee", "EE", "RU", 2, d0), f"{d0}T20:00:00Z")])      # too late: dropped
        .advance_watermark_to_infinity()
    )
    with TestPipeline(runner="BundleBasedDirectRunner", options=streaming_options()) as p:
        panes = (p | stream
                 | WindowedCountryCounts(window_minutes=1440, allowed_lateness_minutes=2880, country_name=NAMES.get))
        rows = panes | beam.FlatMap(pane_tuples)
        assert_that(rows, equal_to([
            (d0, "ON_TIME", 0, "RU", "expelled", 4), (d0, "ON_TIME", 0, "DE", "expelling", 4),
            # the late pane restates the window's totals (accumulating)
            (d0, "LATE", 1, "RU", "expelled", 27), (d0, "LATE", 1, "DE", "expelling", 4),
            (d0, "LATE", 1, "GB", "expelling", 23),
            (d1, "ON_TIME", 0, "RU", "expelled", 45), (d1, "ON_TIME", 0, "PL", "expelling", 45),
            (d1, "LATE", 1, "RU", "expelled", 53), (d1, "LATE", 1, "PL", "expelling", 45),
            (d1, "LATE", 1, "JP", "expelling", 8),
            (d2, "ON_TIME", 0, "RU", "expelled", 6), (d2, "ON_TIME", 0, "FR", "expelling", 6),
        ]))


# ---------------------------------------------------------------------------
# End to end with real recognition
# ---------------------------------------------------------------------------

def record(text, published_at=None, rid=None):
    r = {"id": rid or text[:12], "text": text}
    if published_at:
        r["published_at"] = published_at
    return json.dumps(r)


def read_panes(out: Path):
    files = sorted((out / "window_counts").glob("*/pane-*.parquet"))
    table = ds.dataset([str(f) for f in files], format="parquet", schema=WINDOW_COUNTS).to_table()
    return files, table.to_pylist()


def test_test_stream_end_to_end_with_recognition(tmp_path):
    out = tmp_path / "out"
    options = streaming_options("--watch_folder", str(tmp_path), "--output", str(out))
    d0, d1 = "2022-04-04", "2022-04-05"

    def rec(n, text, published_at):
        raw = text if text.startswith("{") else record(text, published_at, f"r{n}")
        return window.TimestampedValue(("stream", n, raw),
                                       at(published_at) if published_at else at(f"{d1}T12:00:00Z"))

    stream = (
        TestStream()
        .advance_watermark_to(at(f"{d0}T00:00:00Z"))
        .add_elements([rec(1, "Poland expelled 45 Russian diplomats.", f"{d1}T10:00:00Z"),
                       rec(2, "Germany expelled four Russian diplomats.", f"{d0}T09:00:00Z"),
                       rec(3, "{broken json", None)])
        .advance_watermark_to(at(f"{d1}T12:00:00Z"))
        .add_elements([rec(4, "Britain expelled 23 Russian diplomats.", f"{d0}T15:00:00Z"),    # late
                       rec(5, "France expelled six Russian diplomats.", None)])                 # no date
        .advance_watermark_to(at("2022-04-07T12:00:00Z"))
        .add_elements([rec(6, "Estonia expelled two Russian diplomats.", f"{d0}T20:00:00Z")])   # too late
        .advance_watermark_to_infinity()
    )
    with TestPipeline(runner="BundleBasedDirectRunner", options=options) as p:
        result = build_streaming_pipeline(p, options.view_as(NewsnormOptions), records=stream)
        assert_that(result.panes | beam.FlatMap(pane_tuples), equal_to([
            (d0, "ON_TIME", 0, "RU", "expelled", 4), (d0, "ON_TIME", 0, "DE", "expelling", 4),
            (d0, "LATE", 1, "RU", "expelled", 27), (d0, "LATE", 1, "DE", "expelling", 4),
            (d0, "LATE", 1, "GB", "expelling", 23),
            (d1, "ON_TIME", 0, "RU", "expelled", 45), (d1, "ON_TIME", 0, "PL", "expelling", 45),
        ]), label="Panes")
        assert_that(result.dead_letter | beam.Map(lambda d: (d.line, d.stage)),
                    equal_to([(3, "parse"), (5, "event_time")]), label="DeadLetters")
    files, rows = read_panes(out)
    assert [f.relative_to(out).as_posix() for f in files] == [
        "window_counts/2022-04-04T0000/pane-00000.parquet", "window_counts/2022-04-04T0000/pane-00001.parquet",
        "window_counts/2022-04-05T0000/pane-00000.parquet"]
    latest = {}
    for r in rows:   # what a reader does: keep the latest pane of each window
        if r["pane"] >= latest.get(r["window_start"], -1):
            latest[r["window_start"]] = r["pane"]
    final = sorted((r["window_start"].date().isoformat(), r["country_name"], r["role"], r["diplomats"])
                   for r in rows if r["pane"] == latest[r["window_start"]])
    assert final == [(d0, "Germany", "expelling", 4), (d0, "Russia", "expelled", 27),
                     (d0, "United Kingdom", "expelling", 23),
                     (d1, "Poland", "expelling", 45), (d1, "Russia", "expelled", 45)]
    # the documented query (docs/OUTPUTS.md) gives the same latest totals
    import duckdb
    docs = (Path(__file__).resolve().parents[2] / "docs" / "OUTPUTS.md").read_text(encoding="utf-8")
    sql = docs.split("## window_counts", 1)[1].split("```sql", 1)[1].split("```", 1)[0]
    got = duckdb.execute(sql.replace("out/", f"{out}/")).fetchall()
    assert sorted((w.date().isoformat(), name, role, n) for w, name, role, n in got) == final
