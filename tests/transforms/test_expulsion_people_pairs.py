"""Nouns of two people: "a Freedonian diplomatic couple", "a pair of Freedonian diplomats" are two people of a mission
(patterns/grammar.json people_pairs; people.diplomatic, headcounts.number_of); a couple named only by nationality is
no mission's."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania expelled a Freedonian diplomatic couple.",
    "A Freedonian diplomatic couple was expelled by Ruritania.",
    "Ruritania expelled a pair of Freedonian diplomats.",
])
def test_two_people_of_a_mission(text):
    assert made_up_rows(text) == {("RR", "FD", 2, "asserted")}


@pytest.mark.parametrize("text, rows", [
    ("Ruritania expelled a couple of Freedonian diplomats.", {("RR", "FD", 2, "asserted")}),
    ("Ruritania expelled a Freedonian couple working at the embassy.", {("RR", "FD", 2, "asserted")}),
    ("Ruritania deported a Freedonian couple.", set()),
    ("Ruritania expelled a Freedonian couple.", set()),
    ("The Ruritanian couple were ordered out of the restaurant.", set()),
])
def test_other_couples_as_before(text, rows):
    assert made_up_rows(text) == rows
