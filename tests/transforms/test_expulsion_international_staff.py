"""The staff of an organisation of many states put out of a state are no state's diplomats, whatever their nationality
(international_staff.py: another sense); a state's own mission to the organisation stays its diplomats. Sentences
written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "On Friday, Ruritania declared a Freedonian employee of the United Nations Interim Administration Mission in "
    "Strelsau (UNMIK) persona non grata.",
    "Ruritania declared a Freedonian member of the UN mission persona non grata.",
    "Ruritania expelled two Freedonian staff members of the UN refugee agency.",
])
def test_an_international_bodys_staff_are_no_states_diplomats(text):
    assert made_up_rows(text) == set()


@pytest.mark.parametrize("text, count", [
    ("Ruritania expelled two members of the Freedonian mission to the United Nations.", 2),
    ("Ruritania declared a Freedonian employee of the embassy persona non grata.", 1),
])
def test_a_states_own_mission_stays_its_diplomats(text, count):
    assert made_up_rows(text) == {("RR", "FD", count, "asserted")}
