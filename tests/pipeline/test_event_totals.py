"""Totals count each real expulsion once: the whole job on a feed written for the test.

Four articles report Poland's expulsion of 45 Russian diplomats (different wording, one
says "some 40", one a week later); a fifth, two years later, reports a separate expulsion
between the same countries. The totals must count two expulsions, not five.
"""
import json
import random

import pyarrow.dataset as ds
import pytest

from pipeline.run import run

FEED = [
    {"id": "n1", "published_at": "2021-04-20T09:00:00Z", "source": "Wire A",
     "text": "Poland expelled 45 Russian diplomats on Tuesday over spying allegations."},
    {"id": "n2", "published_at": "2021-04-20T15:30:00Z", "source": "Wire B",
     "text": "Warsaw ordered 45 Russian diplomats to leave the country within a week, officials said."},
    {"id": "n3", "published_at": "2021-04-21T08:00:00Z", "source": "Wire C",
     "text": "Some 40 Russian diplomats were expelled by Poland, the newspaper reported."},
    {"id": "n4", "published_at": "2021-04-27T12:00:00Z", "source": "Wire A",
     "text": "A week after Poland expelled 45 Russian diplomats, the embassy in Warsaw stands half empty."},
    {"id": "n5", "published_at": "2023-02-10T10:00:00Z", "source": "Wire B",
     "text": "Poland expelled two Russian diplomats on Friday."},
    {"id": "n6", "published_at": "2023-02-11T10:00:00Z", "source": "Wire C",
     "text": "Poland has threatened to expel more Russian diplomats."},
]


def read(out, table):
    return ds.dataset(str(out / table), format="parquet", partitioning="hive").to_table().to_pylist()


def run_on(folder, files):
    inputs = []
    for i, records in enumerate(files):
        path = folder / f"feed-{i}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        inputs += ["--input", str(path)]
    out = folder / "out"
    run(inputs + ["--output", str(out)])
    return out


@pytest.fixture(scope="module")
def output(tmp_path_factory):
    return run_on(tmp_path_factory.mktemp("totals"), [FEED])


def test_country_counts_count_each_real_expulsion_once(output):
    counts = {(c["year"], c["country_code"], c["role"]): (c["diplomats"], c["events"], c["articles"], c["reports"])
              for c in read(output, "country_counts")}
    assert counts == {
        (2021, "PL", "expelling"): (45, 1, 4, 4), (2021, "RU", "expelled"): (45, 1, 4, 4),
        (2023, "PL", "expelling"): (2, 1, 1, 1), (2023, "RU", "expelled"): (2, 1, 1, 1),
    }


def test_clusters_keep_the_range_the_sources_and_the_reports(output):
    clusters = sorted(read(output, "event_clusters"), key=lambda c: c["year"])
    assert [(c["expelling_country"], c["expelled_country"], c["year"], c["count"], c["count_min"], c["count_max"],
             c["count_disputed"], str(c["first_reported"]), str(c["last_reported"]), c["articles"], c["sources"])
            for c in clusters] == [
        ("PL", "RU", 2021, 45, 40, 45, True, "2021-04-20", "2021-04-27", 4, ["Wire A", "Wire B", "Wire C"]),
        ("PL", "RU", 2023, 2, 2, 2, False, "2023-02-10", "2023-02-10", 1, ["Wire B"]),
    ]
    assert clusters[0]["example_article_id"] == "n1"
    # every total can be audited back to its sentences: the events table names the cluster
    events = read(output, "events")
    members = {e["article_id"] for e in events if e["cluster_id"] == clusters[0]["cluster_id"]}
    assert members == {"n1", "n2", "n3", "n4"}
    assert sorted(clusters[0]["event_ids"]) == sorted(e["event_id"] for e in events
                                                      if e["cluster_id"] == clusters[0]["cluster_id"])
    assert all(e["cluster_id"] is None for e in events if e["modality"] != "asserted")


def test_shuffled_and_split_input_gives_the_same_totals_and_clusters(output, tmp_path):
    shuffled = FEED[:]
    random.Random(7).shuffle(shuffled)
    other = run_on(tmp_path, [shuffled[:3], shuffled[3:]])
    for table in ("country_counts", "event_clusters"):
        key = lambda r: json.dumps(r, sort_keys=True, default=str)
        assert sorted(read(other, table), key=key) == sorted(read(output, table), key=key), table
