"""A count with no noun that stands for the people of the expulsion told before it (made-up states, parsed
by the project's real spaCy model): a gapped list of bare counts ("Graustark expelled four and Syldavia
13", which the parser may read as one noun phrase "four and Syldavia 13"), and a partitive "four of them"
after another state's expulsion: four people of the same nationality."""
import pytest

from tests.expulsions_helpers import made_up_rows as rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


SIXTY = "Ruritania expelled 60 Freedonian diplomats on Monday. "


@pytest.mark.parametrize("text, want", [
    (SIXTY + "Graustark expelled four and Syldavia 13.", {("RR", "FD", 60), ("GK", "FD", 4), ("SV", "FD", 13)}),
    (SIXTY + "Graustark expelled four, and Syldavia 13.", {("RR", "FD", 60), ("GK", "FD", 4), ("SV", "FD", 13)}),
    (SIXTY + "Graustark expelled four and Syldavia two on Tuesday.",
     {("RR", "FD", 60), ("GK", "FD", 4), ("SV", "FD", 2)}),
])
def test_a_gapped_list_of_bare_counts_are_more_of_the_people_expelled_before(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text, want", [
    # no expulsion before it: whose people is not said
    ("Ruritania imposed sanctions on 60 Freedonian officials on Monday. Graustark expelled four and Syldavia 13.",
     set()),
    # not done
    (SIXTY + "Graustark may expel four and Syldavia 13, officials said.", {("RR", "FD", 60)}),
])
def test_bare_counts_with_no_expulsion_before_or_not_done_are_no_event(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text, want", [
    (SIXTY + "Graustark expelled four of them on Tuesday.", {("RR", "FD", 60), ("GK", "FD", 4)}),
    (SIXTY + "Graustark expelled one of them.", {("RR", "FD", 60), ("GK", "FD", 1)}),
])
def test_some_of_them_after_another_states_expulsion_are_that_many_of_its_people(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text, want", [
    # the same state: some of the people it expelled, no second expulsion
    (SIXTY + "It expelled four of them from the Freedonian consulate in Klow.", {("RR", "FD", 60)}),
    (SIXTY + "Strelsau expelled four of them from the Freedonian consulate in Klow.", {("RR", "FD", 60)}),
    # no one expelled before: "them" are no diplomats
    ("Police in Strelsau detained 60 Freedonian activists on Monday. Graustark expelled four of them.", set()),
])
def test_some_of_them_of_the_same_expulsion_or_of_no_diplomats_is_no_new_event(text, want):
    assert asserted(text) == want
