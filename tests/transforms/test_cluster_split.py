"""Splitting a hot key by month (ClusterEvents(split="month"), --event_cluster_split month)."""
import apache_beam as beam
import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from tests.transforms.test_event_clusters import ev
from transforms.event_clusters import ClusterEvents, cluster_events

# one expulsion told from 28 March to 3 April, another in mid-May, and a retrospective mention
ACROSS_MONTHS = [ev("a1", 45, "2022-03-28", expelling="PL", expelled="RU"),
                 ev("a2", 45, "2022-03-30", expelling="PL", expelled="RU"),
                 ev("a3", 45, "2022-04-03", expelling="PL", expelled="RU"),
                 ev("b1", 10, "2022-05-14", expelling="PL", expelled="RU"),
                 ev("b2", 10, "2022-05-15", expelling="PL", expelled="RU"),
                 ev("r1", 45, "2023-01-10", year=2022, expelling="PL", expelled="RU")]


def run(events, split):
    with TestPipeline(runner="FnApiRunner") as p:
        clusters = p | beam.Create(events) | ClusterEvents(split=split)
        sizes = clusters | beam.Map(lambda c: (c.count, tuple(sorted(c.articles))))
        assert_that(sizes, equal_to(split_result(events, split)))


def split_result(events, split):
    if split == "none":
        return [(c.count, c.articles) for c in cluster_events(events)]
    return [(45, ("a1", "a2")), (45, ("a3",)), (10, ("b1", "b2")), (45, ("r1",))]


def test_unsplit_clustering_is_exact_and_month_split_cuts_at_month_ends():
    assert sorted(split_result(ACROSS_MONTHS, "none")) == [(10, ("b1", "b2")), (45, ("a1", "a2", "a3", "r1"))]
    run(ACROSS_MONTHS, "none")
    # by month: the March-April expulsion is two clusters, the retrospective report its own
    run(ACROSS_MONTHS, "month")


def test_a_split_keeps_cluster_ids_of_expulsions_inside_one_month():
    inside = ACROSS_MONTHS[3:5]
    with TestPipeline(runner="FnApiRunner") as p:
        ids = p | beam.Create(inside) | ClusterEvents(split="month") | beam.Map(lambda c: c.cluster_id)
        assert_that(ids, equal_to([c.cluster_id for c in cluster_events(inside)]))


def test_unknown_split_is_refused():
    with pytest.raises(ValueError):
        ClusterEvents(split="week")
