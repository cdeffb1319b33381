""""Ruritania ordered Freedonian military personnel working with the truce monitors to leave": members of armed
forces ("military personnel", "military observers") are no diplomats unless a mission is named with them; a "military
attache" is one by his own noun. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania has ordered Freedonian military personnel working with the truce monitors to leave.",
    "Ruritania expelled 30 Freedonian military observers from the border region.",
])
def test_troops_are_no_diplomats(text):
    assert not {r for r in made_up_rows(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text", [
    "Ruritania has ordered two Freedonian military attaches to leave.",
    "Ruritania has ordered Freedonian military personnel at the Freedonian embassy to leave.",
])
def test_military_people_of_a_mission_are_still_diplomats(text):
    assert {(r[0], r[1]) for r in made_up_rows(text) if r[3] == "asserted"} == {("RR", "FD")}
