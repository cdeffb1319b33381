"""Who answered whom: event_clusters.answers_cluster_id on the seed plus a feed written for the test.

- Norway expels 15 Russians; nine days later Russia expels 15 Norwegians "in retaliation":
  a stated link.
- Estonia expels three Belarusians; 19 days later Belarus expels three Estonians, saying
  nothing of why: a reversed pair inside the 60-day window.
- Japan expels two Chinese diplomats; five months later China expels two Japanese: a
  coincidence outside the window, no link.
- The seed article (April 2022): many expulsions of Russians, none by Russia: no link.
"""
import json
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from pipeline.run import run

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FEED = [
    {"id": "r1", "published_at": "2024-03-01T09:00:00Z", "source": "Wire A",
     "text": "Norway expelled 15 Russian diplomats on Friday over espionage."},
    {"id": "r2", "published_at": "2024-03-10T09:00:00Z", "source": "Wire B",
     "text": "Russia expelled 15 Norwegian diplomats in retaliation for Norway's decision."},
    {"id": "r3", "published_at": "2024-04-01T09:00:00Z", "source": "Wire A",
     "text": "Estonia expelled three Belarusian diplomats on Monday."},
    {"id": "r4", "published_at": "2024-04-20T09:00:00Z", "source": "Wire C",
     "text": "Belarus expelled three Estonian diplomats on Saturday."},
    {"id": "r5", "published_at": "2024-01-05T09:00:00Z", "source": "Wire A",
     "text": "Japan expelled two Chinese diplomats on Friday."},
    {"id": "r6", "published_at": "2024-06-20T09:00:00Z", "source": "Wire B",
     "text": "China expelled two Japanese diplomats on Thursday."},
]


def read(out, table):
    return ds.dataset(str(out / table), format="parquet", partitioning="hive").to_table().to_pylist()


@pytest.fixture(scope="module")
def clusters(tmp_path_factory):
    folder = tmp_path_factory.mktemp("retaliation")
    feed = folder / "feed.jsonl"
    seed = (FIXTURES / "seed_article.jsonl").read_text(encoding="utf-8").strip()
    feed.write_text(seed + "\n" + "".join(json.dumps(r) + "\n" for r in FEED), encoding="utf-8")
    out = folder / "out"
    run(["--input", str(feed), "--output", str(out), "--runner", "FnApiRunner"])
    rows = read(out, "event_clusters")
    return {(c["expelling_country"], c["expelled_country"], c["year"]): c for c in rows}


def link(clusters, answer, answered):
    a = clusters[answer]
    return a["answers_cluster_id"] == clusters[answered]["cluster_id"], a["link_basis"]


def test_a_stated_retaliation_answers_the_expulsion_it_names(clusters):
    assert link(clusters, ("RU", "NO", 2024), ("NO", "RU", 2024)) == (True, "stated")


def test_an_unstated_reversal_within_sixty_days_is_a_reversed_pair(clusters):
    assert link(clusters, ("BY", "EE", 2024), ("EE", "BY", 2024)) == (True, "reversed_pair")


def test_a_reversal_five_months_later_is_a_coincidence_not_an_answer(clusters):
    assert clusters[("CN", "JP", 2024)]["answers_cluster_id"] is None
    assert clusters[("CN", "JP", 2024)]["link_basis"] is None


def test_no_link_is_spurious_on_the_seed_or_the_feed(clusters):
    linked = {k for k, c in clusters.items() if c["answers_cluster_id"] is not None}
    assert linked == {("RU", "NO", 2024), ("BY", "EE", 2024)}
    ids = {c["cluster_id"] for c in clusters.values()}
    assert all(c["answers_cluster_id"] in ids for c in clusters.values() if c["answers_cluster_id"])
