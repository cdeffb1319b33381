"""Clustering reports into real-world expulsions (transforms/event_clusters.py)."""
import random

import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from transforms.records import Event
from transforms.event_clusters import (AttachClusterIds, ClusterEvents, agreed_count, cluster_events,
                                       counts_compatible)


def ev(article, count, published, year=None, expelling="RU", expelled="GB", at_least=False,
       modality="asserted", source=None, sentence=None, n=0):
    year = year if year is not None else (int(published[:4]) if published else None)
    return Event(f"{article}-{n}", article, expelling, expelled, count, at_least, year, modality,
                 sentence or f"{article}: {count}", 0, 10, "expelled", None, published, source)


def summary(clusters):
    return sorted((c.expelling_country, c.expelled_country, c.year, c.count, c.count_min, c.count_max,
                   c.count_disputed, c.first_reported, c.last_reported, len(c.articles)) for c in clusters)


# The same expulsion told by four articles (different wording, one with a different number,
# one a week later), a retrospective mention, and a separate expulsion years later.
SAME_ROW = [
    ev("a1", 23, "2018-03-17", source="Reuters", sentence="Russia expelled 23 British diplomats on Saturday."),
    ev("a2", 23, "2018-03-17", source="BBC", sentence="Moscow ordered 23 UK diplomats to leave within a week."),
    ev("a3", 20, "2018-03-18", source="Daily", sentence="Some 20 British diplomats were told to go by Russia."),
    ev("a4", 23, "2018-03-24", source="Reuters", sentence="The 23 diplomats Russia threw out left Moscow today."),
    ev("a5", None, "2018-03-20", source="AP", sentence="Russia's expulsion of British diplomats drew protest."),
]
RETROSPECTIVE = ev("b1", 23, "2021-06-01", year=2018, source="AP",
                   sentence="In 2018 Russia expelled 23 British diplomats.")
SEPARATE = ev("c1", 2, "2021-06-02", source="BBC", sentence="Russia expelled two British diplomats on Wednesday.")


def test_reports_of_one_expulsion_form_one_cluster_with_the_most_reported_count():
    clusters = cluster_events(SAME_ROW + [RETROSPECTIVE, SEPARATE])
    assert summary(clusters) == [
        ("RU", "GB", 2018, 23, 20, 23, True, "2018-03-17", "2021-06-01", 6),
        ("RU", "GB", 2021, 2, 2, 2, False, "2021-06-02", "2021-06-02", 1),
    ]
    row = next(c for c in clusters if c.year == 2018)
    assert row.sources == ("AP", "BBC", "Daily", "Reuters")
    assert set(row.event_ids) == {e.event_id for e in SAME_ROW + [RETROSPECTIVE]}
    assert row.example_sentence == "Russia expelled 23 British diplomats on Saturday."
    assert row.example_article_id == "a1"


def test_cluster_ids_and_totals_do_not_depend_on_input_order():
    events = SAME_ROW + [RETROSPECTIVE, SEPARATE, ev("d1", 10, "2018-05-01", expelling="GB", expelled="RU")]
    first = cluster_events(events)
    for seed in range(5):
        shuffled = events[:]
        random.Random(seed).shuffle(shuffled)
        assert cluster_events(shuffled) == first
    assert len({c.cluster_id for c in first}) == len(first)


def test_reports_outside_the_window_are_separate_expulsions():
    events = [ev("a1", 10, "2019-01-05"), ev("a2", 10, "2019-01-12"), ev("a3", 10, "2019-06-01")]
    assert [len(c.articles) for c in cluster_events(events)] == [2, 1]
    assert [len(c.articles) for c in cluster_events(events, window_days=365)] == [3]
    assert [len(c.articles) for c in cluster_events(events, window_days=3)] == [1, 1, 1]


def test_incompatible_counts_are_separate_expulsions_in_the_same_week():
    clusters = cluster_events([ev("a1", 23, "2018-03-17"), ev("a2", 50, "2018-03-18"), ev("a3", 52, "2018-03-19")])
    assert summary(clusters) == [
        ("RU", "GB", 2018, 23, 23, 23, False, "2018-03-17", "2018-03-17", 1),
        ("RU", "GB", 2018, 52, 50, 52, True, "2018-03-18", "2018-03-19", 2),
    ]


def test_two_expulsions_in_one_article_stay_two():
    events = [ev("a1", 10, "2018-03-17", n=0), ev("a1", 12, "2018-03-17", n=1)]
    assert len(cluster_events(events)) == 2


def test_parts_of_a_number_join_the_article_that_reports_the_whole():
    events = [ev("a1", 48, "2018-03-26", expelling="US", expelled="RU", n=0),
              ev("a1", 12, "2018-03-26", expelling="US", expelled="RU", n=1),
              ev("a2", 60, "2018-03-26", expelling="US", expelled="RU")]
    (only,) = cluster_events(events)
    assert (only.count, only.count_disputed, len(only.event_ids)) == (60, False, 3)


def test_the_same_report_twice_is_one_report_and_only_asserted_events_cluster():
    events = [ev("a1", 5, "2020-02-02"), ev("a1", 5, "2020-02-02"), ev("a2", 5, "2020-02-03", modality="hypothetical")]
    (only,) = cluster_events(events)
    assert (only.articles, only.event_ids) == (("a1",), ("a1-0",))


def test_lower_bounds_and_count_agreement():
    assert counts_compatible(50, True, 60, False)
    assert counts_compatible(23, False, 20, False)
    assert not counts_compatible(1, False, 2, False)
    assert not counts_compatible(23, False, 50, False)
    (c,) = cluster_events([ev("a1", 50, "2020-01-01", at_least=True), ev("a2", 60, "2020-01-02")])
    assert (c.count, c.at_least, c.count_disputed) == (60, False, False)
    (c,) = cluster_events([ev("a1", 50, "2020-01-01", at_least=True), ev("a2", None, "2020-01-02")])
    assert (c.count, c.at_least) == (50, True)


def test_a_tie_between_reported_numbers_goes_to_the_larger():
    class R:
        def __init__(self, count):
            self.count, self.at_least = count, False
    assert agreed_count([R(20), R(23), R(None)]) == (23, False)
    assert agreed_count([R(20), R(20), R(23)]) == (20, False)


def test_cluster_events_transform_and_cluster_ids_on_event_rows():
    events = SAME_ROW + [RETROSPECTIVE, SEPARATE, ev("z", 3, "2018-03-17", modality="demand")]
    expected = cluster_events(events)
    with TestPipeline(runner="FnApiRunner") as p:
        evs = p | beam.Create(events)
        clusters = evs | ClusterEvents(window_days=14)
        rows = (evs, clusters) | AttachClusterIds()
        assert_that(clusters, equal_to(expected), label="Clusters")
        ids = {e: c.cluster_id for c in expected for e in c.event_ids}
        assert_that(rows | beam.Map(lambda r: (r["event_id"], r["cluster_id"], r["source"])),
                    equal_to([(e.event_id, ids.get(e.event_id), e.source) for e in events]), label="Rows")
