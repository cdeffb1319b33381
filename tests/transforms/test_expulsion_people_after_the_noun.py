"""A translation's word order puts the counted people right after the expulsion noun's own phrase ("Ruritania
announced expulsion from the country 30 Freedonian diplomats, the minister said"), where the parser hangs them
elsewhere: they are the people expelled (sentences written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania announced expulsion from the country 30 Freedonian diplomats, the head of the ministry said.",
    "Ruritania announced expulsion from the country of 30 Freedonian diplomats.",
])
def test_counted_people_right_after_the_noun_are_expelled(text):
    assert made_up_rows(text) == {("RR", "FD", 30, "asserted")}


def test_people_of_another_clause_are_not():
    text = "Ruritania announced the expulsion of Freedonian diplomats last week, 30 Freedonian diplomats were detained."
    assert {r[2] for r in made_up_rows(text) if r[3] == "asserted"} == {None}
