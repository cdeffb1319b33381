"""One plural split over a pair of states: "Ruritania and Freedonia expelled two diplomats each" (or "the two
countries, Ruritania and Freedonia, ...") with people of no nationality is two expulsions, each state of the other's
people, each with the count: no one else's people are told. After a story of another state's people ("Ruritania
expelled 23 Freedonian diplomats. Graustark and Syldavia expelled two diplomats each") they are those people's; with
a third state in the sentence, or people of a nationality, or not diplomats, no exchange is read. Made-up sentences
about made-up states, read with the project's spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows


def rows(text):
    return {(a, b, n, m) for a, b, n, m in made_up_rows(text)}


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


@pytest.mark.parametrize("text, n", [
    ("Ruritania and Freedonia expelled two diplomats each.", 2),
    ("The two countries, Ruritania and Freedonia, expelled two diplomats each.", 2),
    ("The two sides, Ruritania and Freedonia, have expelled three diplomats each.", 3),
    ("Ruritania and Freedonia expelled two diplomats each in 2019 and 2020.", 2),
    ("Ruritania and Freedonia ordered two diplomats each to leave.", 2),
])
def test_a_pair_that_expels_diplomats_each_expels_the_others(text, n):
    assert asserted(text) == {("RR", "FD", n), ("FD", "RR", n)}


def test_after_another_states_people_are_told_they_are_those_people():
    text = "Ruritania expelled 23 Freedonian diplomats. Graustark and Syldavia expelled two diplomats each."
    assert asserted(text) == {("RR", "FD", 23), ("GK", "FD", 2), ("SV", "FD", 2)}


@pytest.mark.parametrize("text, want", [
    ("Ruritania and Freedonia expelled three Graustarkian diplomats each.", {("RR", "GK", 3), ("FD", "GK", 3)}),
    ("Ruritania and Freedonia expelled two diplomats each from Graustark.", set()),
    ("Ruritania and Freedonia expelled two players each from the tournament.", set()),
    ("Ruritania and Freedonia expelled two students each.", set()),
])
def test_people_of_a_third_state_or_no_diplomats_are_no_exchange(text, want):
    assert asserted(text) == want


def test_a_pair_that_may_expel_each_expels_no_one_yet():
    assert asserted("Ruritania and Freedonia may expel two diplomats each.") == set()
