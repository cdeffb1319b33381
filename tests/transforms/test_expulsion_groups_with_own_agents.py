"""Two groups of people of two nationalities, each with an agent of its own, after one expulsion noun ("the
expulsion of 23 Freedonian diplomats by Ruritania and 13 Syldavian diplomats by Graustark"): each state's own
people, no sum of both given to the second state (sentences written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("The expulsion of 23 Freedonian diplomats by Ruritania and 13 Syldavian diplomats by Graustark was the largest "
     "since the war.", {("RR", "FD", 23), ("GK", "SV", 13)}),
    ("Last week saw the expulsion of 12 Ruritanian diplomats by Freedonia and 9 Graustarkian diplomats by Syldavia.",
     {("FD", "RR", 12), ("SV", "GK", 9)}),
    ("The expulsions of 23 Freedonian diplomats by Ruritania and 13 Syldavian diplomats by Graustark followed the "
     "poisoning.", {("RR", "FD", 23), ("GK", "SV", 13)}),
    ("In 1985 the expulsion of 23 Freedonian diplomats by Ruritania and 13 Freedonian diplomats by Graustark made "
     "news.", {("RR", "FD", 23), ("GK", "FD", 13)}),
])
def test_each_group_is_its_own_agents(text, want):
    rows = made_up_rows(text)
    assert {r[:3] for r in rows if r[3] == "asserted"} == want
    assert not [r for r in rows if r[3] == "aggregate"]


@pytest.mark.parametrize("text, want", [
    # a group of another nationality, not expelled: no sum with it, no event for it
    ("The expulsion of 23 Freedonian diplomats by Ruritania and the arrest of 13 Syldavian spies by Graustark "
     "shocked Klow.", {("RR", "FD", 23)}),
    ("The expulsion of 23 Freedonian diplomats by Ruritania and 13 Syldavian journalists by Graustark angered "
     "Klow.", {("RR", "FD", 23)}),
    # one state's two groups of the same people, no agent of their own: one event with the total
    ("The expulsion of 23 Freedonian diplomats by Ruritania and two Freedonian attaches was announced on Monday.",
     {("RR", "FD", 25)}),
])
def test_no_other_group_no_sum_across_nationalities(text, want):
    assert {r[:3] for r in made_up_rows(text) if r[3] == "asserted"} == want


@pytest.mark.parametrize("text, want", [
    # after a passive verb, the second group hung on the verb, or on the first agent with its own on the verb
    ("Twenty-three Freedonian diplomats were expelled by Ruritania and 13 Syldavian diplomats by Graustark.",
     {("RR", "FD", 23), ("GK", "SV", 13)}),
    ("Two Freedonian diplomats were expelled by Ruritania and three Syldavian attaches by Graustark last week.",
     {("RR", "FD", 2), ("GK", "SV", 3)}),
    ("Two Freedonian diplomats were expelled by Ruritania and three Freedonian attaches by Graustark.",
     {("RR", "FD", 2), ("GK", "FD", 3)}),
    ("Two Freedonian diplomats were expelled by Ruritania and 13 by Graustark.", {("RR", "FD", 2), ("GK", "FD", 13)}),
    ("Two Freedonian diplomats were expelled by Ruritania and 13 Syldavian journalists by Graustark.",
     {("RR", "FD", 2)}),
])
def test_each_group_after_a_passive_is_its_own_agents(text, want):
    assert {r[:3] for r in made_up_rows(text) if r[3] == "asserted"} == want
