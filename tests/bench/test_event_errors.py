"""bench.event_errors on a made-up gold folder and a made-up events table."""
from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq

from bench import event_errors


def _event(aid, actor, expelled, count, year, modality, sentence):
    return {"article_id": aid, "expelling_country": actor, "expelled_country": expelled, "count": count,
            "event_year": year, "modality": modality, "sentence": sentence}


def _setup(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    rows = [
        {"id": "a1", "expelling": "PL", "expelled": "RU", "count": 45, "year": 2022,
         "evidence": "Poland expelled 45 Russian diplomats."},
        {"id": "a1", "expelling": "RU", "expelled": "PL", "count": 45, "year": 2022,
         "evidence": "Moscow answered by expelling 45 Polish diplomats."},
        {"id": "a2", "expelling": "SU", "expelled": "GB", "count": 3, "year": 1985,
         "evidence": "The Soviet Union told three British diplomats to leave."},
    ]
    (gold / "gold_events.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    (gold / "gold_non_events.jsonl").write_text(json.dumps(
        {"id": "a3", "kind": "threat", "expelling": "FR", "expelled": "IR", "count": None,
         "evidence": "France threatened to expel Iranian diplomats over the affair."}))
    out = tmp_path / "out" / "events"
    out.mkdir(parents=True)
    events = [
        _event("a1", "PL", "RU", 45, 2022, "asserted", "Poland expelled 45 Russian diplomats."),
        _event("a1", "RU", "PL", None, 2022, "asserted", "Moscow answered by expelling 45 Polish diplomats."),
        _event("a2", "RU", "GB", 3, 1984, "hypothetical", "The Soviet Union told three British diplomats to leave."),
        _event("a3", "FR", "IR", None, 2020, "asserted", "France threatened to expel Iranian diplomats over the affair."),
    ]
    pq.write_table(pa.Table.from_pylist(events), out / "part-0.parquet")
    return gold, tmp_path / "out"


def test_fields_misses_and_extras(tmp_path):
    gold, out = _setup(tmp_path)
    result = event_errors.analyse(gold, event_errors.read_events(out))
    fields = result["fields"]
    assert fields["actor"] == {"right": 3}            # the Soviet Union and Russia count as one state
    assert fields["count"] == {"right": 2, "missing": 1}
    assert fields["year"] == {"right": 2, "wrong": 1}
    assert fields["modality"] == {"right": 2, "wrong": 1}
    assert [m["gold"] for m in result["misses"]] == [("RU", "PL", 45, 2022), ("SU", "GB", 3, 1985)]
    assert result["misses"][0]["closest"] == ("RU", "PL", None, 2022, "asserted")
    # as the scorer counts: the count-less answer is an extra beside its miss; the threat is marked
    assert [(e["got"][:3], e["gold_non_event"]) for e in result["extras"]] == [
        (("RU", "PL", None), None), (("FR", "IR", None), "threat")]
    text = event_errors.render(result)
    assert "France threatened to expel" in text and "misses (2)" in text


def test_absent_gold_and_output_are_said_plainly(tmp_path, capsys):
    gold, out = _setup(tmp_path)
    assert event_errors.main(["--output", str(out), "--gold", str(tmp_path / "nowhere")]) == 0
    assert "no gold at" in capsys.readouterr().out
    assert event_errors.main(["--output", str(tmp_path / "empty"), "--gold", str(gold)]) == 2
    assert "has no events table" in capsys.readouterr().err
