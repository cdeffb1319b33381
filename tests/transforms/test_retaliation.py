"""Retaliation links between clusters: who answered whom (transforms/retaliation.py)."""
from typing import NamedTuple, Optional

import apache_beam as beam
import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from transforms.retaliation import (REVERSED_PAIR, STATED, LinkableCluster, LinkRetaliations, link_retaliations,
                                    retaliation_stated)


@pytest.mark.parametrize("sentence, trigger", [
    ("Russia expelled 23 British diplomats in retaliation.", "expelled"),
    ("In retaliation, Moscow expelled 23 British diplomats.", "expelled"),
    ("In response to Britain's expulsion of 23 Russians, Moscow expelled 23 British diplomats.", "expelled"),
    ("Moscow expelled 23 British diplomats in response to Britain's expulsion of 23 Russians.", "expelled"),
    ("Iran retaliated by expelling two Norwegian diplomats.", "expelling"),
    ("In a tit-for-tat move, Russia ordered 10 Czech diplomats to leave.", "ordered"),
    ("Beijing announced the reciprocal expulsion of four Canadian consular staff.", "expulsion"),
])
def test_a_report_that_says_its_expulsion_answers_another_is_stated(sentence, trigger):
    assert retaliation_stated(sentence, trigger)


@pytest.mark.parametrize("sentence, trigger", [
    # the act inside "in response to ..." is the one answered, not the answer
    ("In response to Britain's expulsion of 23 Russians, Moscow expelled 23 British diplomats.", "expulsion"),
    ("Moscow expelled 23 British diplomats in response to Britain's expulsion of 23 Russians.", "expulsion"),
    # the cue belongs to the other side's act
    ("Britain expelled 23 Russian diplomats, and Russia responded in kind.", "expelled"),
    ("Poland expelled 45 Russian diplomats on Wednesday.", "expelled"),
    ("", "expelled"),
])
def test_a_report_without_an_answer_cue_for_its_own_act_is_not_stated(sentence, trigger):
    assert not retaliation_stated(sentence, trigger)


def cluster(cid, expelling, expelled, first, year=None, stated=False):
    return LinkableCluster(cid, expelling, expelled, year if year is not None else int(first[:4]) if first else None,
                           first, stated)


def test_a_stated_retaliation_links_to_the_earlier_reversed_expulsion():
    first = cluster("a", "NO", "RU", "2024-03-01")
    answer = cluster("b", "RU", "NO", "2024-03-10", stated=True)
    assert link_retaliations([answer, first]) == {"b": ("a", STATED)}


def test_an_unstated_reversal_within_the_window_is_a_reversed_pair():
    first = cluster("a", "EE", "BY", "2024-04-01")
    answer = cluster("b", "BY", "EE", "2024-04-20")
    assert link_retaliations([first, answer], window_days=60) == {"b": ("a", REVERSED_PAIR)}


def test_a_reversal_outside_the_window_is_a_coincidence_not_a_link():
    first = cluster("a", "JP", "CN", "2024-01-05")
    later = cluster("b", "CN", "JP", "2024-06-20")
    assert link_retaliations([first, later], window_days=60) == {}


def test_the_window_is_the_users_choice():
    first = cluster("a", "JP", "CN", "2024-01-05")
    later = cluster("b", "CN", "JP", "2024-06-20")
    assert link_retaliations([first, later], window_days=200) == {"b": ("a", REVERSED_PAIR)}


def test_the_latest_earlier_reversed_expulsion_is_the_one_answered():
    old = cluster("a", "US", "RU", "2024-01-02")
    recent = cluster("b", "US", "RU", "2024-02-01")
    answer = cluster("c", "RU", "US", "2024-02-10", stated=True)
    assert link_retaliations([old, recent, answer])["c"] == ("b", STATED)


def test_the_same_pair_in_the_same_direction_is_never_an_answer():
    assert link_retaliations([cluster("a", "NO", "RU", "2024-03-01"),
                              cluster("b", "NO", "RU", "2024-03-10", stated=True)]) == {}


def test_same_day_reversals_are_ordered_only_by_a_statement():
    a = cluster("a", "GB", "RU", "2018-03-14")
    b = cluster("b", "RU", "GB", "2018-03-14", stated=True)
    assert link_retaliations([a, b]) == {"b": ("a", STATED)}
    assert link_retaliations([a, b._replace(stated_retaliation=False)]) == {}


def test_a_retrospective_statement_links_by_year_but_a_bare_year_infers_nothing():
    first = cluster("a", "GB", "RU", "2022-04-07", year=2018)     # told in 2022 of 2018
    stated = cluster("b", "RU", "GB", "2022-04-07", year=2018, stated=True)
    assert link_retaliations([first, stated]) == {"b": ("a", STATED)}
    assert link_retaliations([first, stated._replace(stated_retaliation=False)]) == {}


def test_a_stated_answer_does_not_reach_back_years():
    first = cluster("a", "GB", "RU", "2015-03-01")
    stated = cluster("b", "RU", "GB", "2018-03-17", stated=True)
    assert link_retaliations([first, stated]) == {}


class Cluster(NamedTuple):
    """The fields LinkRetaliations reads and sets, as EventCluster has them."""
    cluster_id: str
    expelling_country: Optional[str]
    expelled_country: Optional[str]
    year: Optional[int]
    first_reported: Optional[str]
    stated_retaliation: bool = False
    answers_cluster_id: Optional[str] = None
    link_basis: Optional[str] = None


def test_link_retaliations_in_beam_sets_the_columns_on_every_cluster():
    clusters = [Cluster("a", "NO", "RU", 2024, "2024-03-01"), Cluster("b", "RU", "NO", 2024, "2024-03-10", True),
                Cluster("c", "JP", "CN", 2024, "2024-01-05")]
    with TestPipeline(runner="FnApiRunner") as p:
        out = (p | beam.Create(clusters) | LinkRetaliations(60)
               | beam.Map(lambda c: (c.cluster_id, c.answers_cluster_id, c.link_basis)))
        assert_that(out, equal_to([("a", None, None), ("b", "a", STATED), ("c", None, None)]))
