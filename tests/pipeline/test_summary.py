"""The summary a user reads at the end of a run, and DIR/summary.json."""
import json

import pytest

from pipeline.reconcile import reconcile
from pipeline.summary import _reason, format_summary, summarise
from tests.pipeline.sample_run import sample_run
from transforms.write import write_shard


def _write(out, table, rows, keys):
    write_shard(table, 0, rows, str(out), keys)


def _mention(article, text, entity_id, method):
    return {"article_id": article, "start_char": 0, "end_char": len(text), "text": text, "label": "GPE",
            "entity_id": entity_id, "canonical_name": text if entity_id else None, "entity_type": "COUNTRY",
            "country_code": None, "acts_for": None, "role": None, "score": 1.0 if entity_id else 0.0,
            "method": method, "sentence_index": 0, "nested": False}


def _event(article, modality, count):
    return {"event_id": f"{article}-{modality}-{count}", "article_id": article, "expelling_country": "PL",
            "expelled_country": "RU", "count": count, "at_least": False, "event_year": 2022, "modality": modality,
            "sentence": "s", "start_char": 0, "end_char": 1}


def _count(code, name, role, diplomats, events=1):
    return {"year": 2022, "country_code": code, "country_name": name, "role": role, "diplomats": diplomats,
            "events": events, "articles": events, "events_without_count": 0, "reports": events}


def small_output(tmp_path):
    out = tmp_path / "out"
    _write(out, "articles", [{"article_id": f"a{i}"} for i in range(4)], ("article_id",))
    _write(out, "mentions", [_mention("a0", "Poland", "Q36", "exact"), _mention("a0", "Rusia", "Q159", "fuzzy"),
                             _mention("a1", "Xyzland", None, "nil"), _mention("a2", "Poland", "Q36", "exact")],
           ("article_id",))
    _write(out, "events", [_event("a0", "asserted", 45), _event("a1", "asserted", 4), _event("a2", "demand", None)],
           ("article_id",))
    _write(out, "country_counts", [_count("PL", "Poland", "expelling", 45), _count("IE", "Ireland", "expelling", 4),
                                   _count("CZ", "Czechia", "expelling", 1), _count("RU", "Russia", "expelled", 50, 3)],
           ("country_code",))
    _write(out, "dead_letter", [
        {"source": "f", "line": 5, "stage": "parse", "error": "JSONDecodeError: Expecting value: line 1 column 9",
         "record": "x"},
        {"source": "f", "line": 9, "stage": "parse", "error": "JSONDecodeError: Expecting value: line 1 column 2",
         "record": "y"},
        {"source": "f", "line": 7, "stage": "validate", "error": "missing 'text'", "record": "z"},
        {"source": "f", "line": 2, "stage": "extract", "error": "ValueError: boom", "record": "w"},
    ], ("line",))
    return out


def test_summary_counts_records_resolution_modalities_dead_letters_and_top_countries(tmp_path):
    s = summarise(str(small_output(tmp_path)))
    # 4 articles + 3 lost records; the extract failure kept its article
    assert s["records_in"] == 7 and s["articles"] == 4
    assert s["mentions"] == 4 and s["mentions_resolved"] == 3 and s["resolved_share"] == 0.75
    assert s["events_by_modality"] == {"asserted": 2, "hypothetical": 0, "negated": 0, "demand": 1, "aggregate": 0}
    assert s["dead_letters_by_stage"] == {"extract": 1, "parse": 2, "validate": 1}
    # particulars (positions) are blanked so that the same reason groups together
    assert s["dead_letters_by_reason"][0] == {"stage": "parse", "reason": "JSONDecodeError: Expecting value: line N column N",
                                              "count": 2}
    assert [c["country_name"] for c in s["top_expelling"]] == ["Poland", "Ireland", "Czechia"]
    assert s["top_expelled"] == [{"country_code": "RU", "country_name": "Russia", "diplomats": 50, "events": 3}]


def test_summary_of_an_output_with_missing_tables_is_all_zero(tmp_path):
    s = summarise(str(tmp_path))
    assert (s["records_in"], s["articles"], s["mentions"], s["events"], s["dead_letters"]) == (0, 0, 0, 0, 0)
    assert s["resolved_share"] is None
    assert "records in" in format_summary(s)


def test_console_text_shows_the_numbers(tmp_path):
    text = format_summary(summarise(str(small_output(tmp_path))))
    assert "resolved 3 (75.0%)" in text
    assert "asserted 2 · demand 1" in text
    assert "Poland 45 · Ireland 4 · Czechia 1" in text
    assert "Russia 50" in text
    assert "parse 2" in text


def test_a_run_prints_the_summary_and_writes_summary_json():
    out, printed = sample_run()
    s = json.loads((out / "summary.json").read_text())
    assert s["records_in"] == 7 and s["articles"] == 4 and s["dead_letters"] == 3
    assert s["dead_letters_by_stage"] == {"parse": 1, "validate": 2}
    assert s["top_expelling"][0]["country_name"] == "United States"
    assert s["top_expelled"][0]["country_name"] == "Russia"
    assert s["output"] == str(out) and s["report"] == f"{out}/report/index.html"
    assert s["metrics"]["read.records_read"] == 7          # the job's Beam counters
    assert s["metrics"]["progress.articles_processed"] == 4
    assert "newsnorm summary" in printed
    assert format_summary(s) in printed


@pytest.mark.parametrize("error, reason", [
    ("cannot read /data/c36a0f8/feed.jsonl at line 12: bad gzip", "cannot read /data/c36a0f8/feed.jsonl at line N: bad gzip"),
    ("invalid UTF-8 at byte 17 of 'runs/2024-05/feed[1].jsonl'", "invalid UTF-8 at byte N of 'runs/2024-05/feed[1].jsonl'"),
    ("row 700 of data2024.parquet: timestamp out of range", "row N of data2024.parquet: timestamp out of range"),
    ("gs://bucket/c36a0f8/x.csv line 5", "gs://bucket/c36a0f8/x.csv line N"),
    ("field 'text' too long (250,000 chars)", "field … too long (N chars)"),
])
def test_dead_letter_reasons_blank_the_particulars_but_never_the_path(error, reason):
    assert _reason(error) == reason


def test_the_summary_shows_the_runs_checked_reconciliation_and_works_it_out_alone_without_one(tmp_path):
    out = str(small_output(tmp_path))
    checked = reconcile(7, 4, {"extract": 1, "parse": 2, "validate": 1})   # what the run checked, from its counters
    s = summarise(out, {"read.records_read": 99}, checked)
    assert s["reconciliation"]["records_read"] == 7 and s["reconciliation"]["balanced"] is True
    assert "7 records read = 4 processed + 3 dead-lettered + 0 duplicates" in format_summary(s)
    alone = summarise(out)   # an output read on its own: records read unknown
    assert alone["reconciliation"]["processed"] == 4 and alone["reconciliation"]["records_read"] is None
