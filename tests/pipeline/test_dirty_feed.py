"""A dirty feed of 10,000+ records with every kind of damage goes through the whole job:
nothing crashes, every record is accounted for exactly, each kind of damage ends where the
README says it does. Also: the same input gives the same rows, however it is split or ordered."""
import json
import random
from collections import Counter

import pyarrow.dataset as ds
import pytest

from pipeline.run import run
from tests.fixtures.dirty_feed import MAX_CHARS, good_text, write_dirty_feed


def table(out, name):
    return ds.dataset(str(out / name), format="parquet", partitioning="hive").to_table().to_pylist()


@pytest.fixture(scope="module")
def dirty(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("dirty")
    expect, truncated = write_dirty_feed(tmp / "feed")
    out = tmp / "out"
    run(["--input", str(tmp / "feed"), "--output", str(out), "--max_chars", str(MAX_CHARS),
         "--runner", "FnApiRunner"])
    return expect, truncated, out


def test_every_record_is_accounted_for_exactly(dirty):
    expect, truncated, out = dirty
    manifest = json.loads((out / "_manifest.json").read_text())["reconciliation"]
    dead = table(out, "dead_letter")
    cut = [d for d in dead if d["source"] == str(truncated)]
    assert manifest["balanced"] is True and manifest["difference"] == 0
    assert manifest["records_read"] == expect["records"] + len(cut) >= 10_000
    assert manifest["processed"] == len(table(out, "articles")) == expect["articles"]
    assert manifest["duplicates"] == expect["duplicate"]
    assert manifest["processed"] + manifest["dead_lettered"] + manifest["duplicates"] == manifest["records_read"]


def test_each_kind_of_damage_ends_at_its_stage(dirty):
    expect, truncated, out = dirty
    dead = table(out, "dead_letter")
    stages = Counter(d["stage"] for d in dead if d["source"] != str(truncated))
    assert stages == {k: v for k, v in expect.items() if k not in ("articles", "records")}
    assert all(d["error"] for d in dead)


def test_a_truncated_file_keeps_the_records_before_the_damage(dirty):
    _, truncated, out = dirty
    cut = sorted((d["line"], d["stage"]) for d in table(out, "dead_letter") if d["source"] == str(truncated))
    assert len(cut) > 100 and cut[-1][1] == "read"
    assert [line for line, _ in cut] == list(range(1, len(cut) + 1))   # every line up to the damage
    assert {stage for _, stage in cut[:-1]} == {"parse"}               # (its records are invalid JSON)


def test_repaired_records_are_stored_clean(dirty):
    _, _, out = dirty
    articles = table(out, "articles")
    by_id = {a["article_id"]: a for a in articles}
    assert by_id["r5"]["n_chars"] == len(good_text(5)) + 5          # control characters became spaces
    assert by_id["r7"]["title"] == "Title 7 & more"                  # HTML title cleaned
    assert by_id["r6"]["published_at"] is None                       # unparseable date kept as null
    assert by_id["r8"]["published_at"] is not None                   # RFC 2822 date understood
    assert by_id["after-huge"]["n_chars"] > 2000                     # a slow-for-regex sentence finished
    assert sum(a["article_id"].startswith("sha1-") for a in articles) > 100   # ids derived from the text
    assert len({a["article_id"] for a in articles}) == len(articles)
    assert not any("\x00" in (m["text"] or "") for m in table(out, "mentions"))


def rows_without_location(out, name):
    rows = table(out, name)
    for r in rows:
        r.pop("source_file", None)
        r.pop("line", None)
    return sorted(json.dumps(r, sort_keys=True, default=str) for r in rows)


def test_same_input_same_rows_however_split_or_shuffled(tmp_path):
    records = [json.dumps({"id": f"s{i}", "text": f"{good_text(i)} Poland expelled {i % 9 + 1} Russian diplomats.",
                           "published_at": "2022-04-07"}) for i in range(60)]
    records += [records[3], json.dumps({"text": good_text(1000)}), "not json", json.dumps({"id": "x"})]
    whole = tmp_path / "whole.jsonl"
    whole.write_text("\n".join(records) + "\n")
    shuffled = records[:]
    random.Random(3).shuffle(shuffled)
    split = tmp_path / "split"
    split.mkdir()
    for k in range(3):
        (split / f"part{k}.jsonl").write_text("\n".join(shuffled[k::3]) + "\n")
    outs = []
    for name, source in (("one", whole), ("two", whole), ("split", split)):
        outs.append(tmp_path / f"out-{name}")
        run(["--input", str(source), "--output", str(outs[-1]), "--runner", "FnApiRunner"])
    for name in ("articles", "mentions", "events", "dead_letter"):
        assert table(outs[0], name) == table(outs[1], name), name          # identical, row for row
    for name in ("articles", "mentions", "events"):
        assert rows_without_location(outs[0], name) == rows_without_location(outs[2], name), name
    assert len(table(outs[0], "articles")) == 61
