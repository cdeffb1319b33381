"""States that act one by one ("... expelled one diplomat each"), gapped lists with capitals or after a
passive, the minister who tells a parliament, "a like number", a nuncio, and the state whose example is
followed that is not the actor: made-up articles about made-up states, parsed by the project's real spaCy
model."""
import pytest

from tests.expulsions_helpers import made_up_rows as rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


FIRST = "Ruritania expelled two Freedonian diplomats on Monday. "


def test_a_like_number_is_the_same_number():
    assert asserted(FIRST + "Freedonia retaliated by expelling a like number of Ruritanian diplomats.") == \
        {("RR", "FD", 2), ("FD", "RR", 2)}


@pytest.mark.parametrize("text", [
    "Ruritania and Graustark expelled one Freedonian diplomat each on Friday.",
    "Ruritania and Graustark each expelled one Freedonian diplomat.",
    "Ruritania and Graustark have each declared one Freedonian diplomat persona non grata.",
])
def test_states_that_act_one_by_one_give_no_sum(text):
    assert rows(text) == {("RR", "FD", 1, "asserted"), ("GK", "FD", 1, "asserted")}


def test_states_that_act_together_still_give_a_sum():
    assert asserted("Ruritania and Graustark expelled three Freedonian diplomats.") == set()
    assert asserted("Ruritania and Freedonia have expelled two of each other's diplomats.") == \
        {("RR", "FD", 2), ("FD", "RR", 2)}


@pytest.mark.parametrize("text, want", [
    ("Strelsau expelled 30 Freedonian diplomats, Edelweiss 25 and Klow 15 on Tuesday.",
     {("RR", "FD", 30), ("GK", "FD", 25), ("SV", "FD", 15)}),
    ("One Freedonian diplomat was expelled by Ruritania and three by Graustark on Monday.",
     {("RR", "FD", 1), ("GK", "FD", 3)}),
])
def test_gapped_lists_with_capitals_and_after_a_passive(text, want):
    assert asserted(text) == want


def test_gapped_passive_needs_a_state_as_agent():
    assert asserted("One Freedonian diplomat was expelled by Ruritania and three by Friday noon.") == \
        {("RR", "FD", 1)}


@pytest.mark.parametrize("text, want", [
    ("The Foreign Secretary told the House of Commons that 90 Freedonian officials would be expelled.",
     {("RR", "FD", 90)}),
    ("The Foreign Secretary told the House of Commons that 90 Freedonian officials had been expelled.",
     {("RR", "FD", 90)}),
    # another audience says nothing of whose minister speaks
    ("The Foreign Secretary told reporters that 90 Freedonian officials would be expelled.", set()),
    # a member asking for it is no decision
    ("An opposition member told the House of Commons that Freedonian officials should be expelled.", set()),
])
def test_a_minister_who_tells_a_parliament_speaks_for_its_state(text, want):
    assert asserted(text) == want


def test_a_nuncio_is_a_diplomat():
    assert asserted("Ruritania expelled the Freedonian nuncio on Monday.") == {("RR", "FD", 1)}


def test_the_state_whose_example_is_followed_is_not_the_actor():
    assert rows("Ruritania expelled 23 Freedonian diplomats. Graustark followed Ruritania's example and expelled "
                "four Freedonian diplomats.") == {("RR", "FD", 23, "asserted"), ("GK", "FD", 4, "asserted")}


@pytest.mark.parametrize("text, want", [
    # the people of one nationality, broken down by the states they were expelled from
    ("Seventeen Freedonian diplomats, eight from Ruritania and nine from Graustark, have been expelled since Monday.",
     {("RR", "FD", 8), ("GK", "FD", 9)}),
])
def test_a_breakdown_by_state_names_the_expelling_states(text, want):
    assert asserted(text) == want


def test_groups_that_do_not_sum_to_the_first_are_not_a_breakdown():
    got = asserted("Seventeen Freedonian diplomats, eight from Ruritania and eight from Graustark, have been expelled.")
    assert ("RR", "FD", 8) not in got and ("GK", "FD", 8) not in got
