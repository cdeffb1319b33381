"""People of no number of their own, counted by a people noun set beside them ("expelled the entire staff of the
Freedonian embassy, 34 people in all", "the whole Freedonian mission - 34 diplomats"), are that many; the mission
was one person (sentences written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania expelled the entire staff of the Freedonian embassy, 34 people in all.",
    "Ruritania expelled all Freedonian diplomats, 34 people.",
    "Ruritania expelled the whole Freedonian mission - 34 diplomats.",
])
def test_a_count_set_beside_the_people_is_theirs(text):
    assert made_up_rows(text) == {("RR", "FD", 34, "asserted")}


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled two Freedonian diplomats, the first secretary and the attache.", 2),
    ("Ruritania expelled the Freedonian ambassador, a man of 34 years.", 1),
])
def test_people_with_a_number_of_their_own_keep_it(text, want):
    assert {r[2] for r in made_up_rows(text) if r[3] == "asserted"} == {want}
