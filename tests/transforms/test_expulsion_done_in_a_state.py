"""A passive expulsion or declaration that says where it was done with "in" and names no doer ("two diplomats
were declared persona non grata in Ruritania", "were expelled in Strelsau"): the state of that place expels, as
an expulsion is done where the expelling state rules. A "by" phrase still names the doer; several states joined
("in Ruritania and Syldavia") or a place of something else ("expelled for spying in Ruritania") name none.
Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {r[:3] for r in made_up_rows(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("Two Freedonian diplomats were declared persona non grata in Ruritania.", {("RR", "FD", 2)}),
    ("Three Freedonian diplomats were declared persona non grata in Ruritania on Monday.", {("RR", "FD", 3)}),
    ("Two Freedonian diplomats were declared persona non grata in Strelsau.", {("RR", "FD", 2)}),
    ("In Ruritania, two Freedonian diplomats were declared persona non grata.", {("RR", "FD", 2)}),
    ("Four Freedonian diplomats were expelled in Ruritania last week.", {("RR", "FD", 4)}),
])
def test_the_state_where_a_passive_expulsion_was_done_expels(text, want):
    assert asserted(text) == want


def test_a_doer_named_by_by_is_still_the_doer():
    assert asserted("Two Freedonian diplomats were declared persona non grata in Ruritania by Syldavia.") == \
        {("SV", "FD", 2)}


@pytest.mark.parametrize("text", [
    "Two Freedonian diplomats were expelled in Ruritania and Syldavia.",
    "Two Freedonian diplomats were expelled for spying in Ruritania.",
    "Two Freedonian diplomats were expelled in retaliation for the arrest of a Syldavian in Ruritania.",
    "Freedonian diplomats were expelled in a row with Ruritania.",
])
def test_no_one_state_of_the_act_names_no_doer(text):
    assert not any(r[0] == "RR" for r in asserted(text))
