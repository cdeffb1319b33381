"""Staff of a state's official bodies abroad besides its missions ("90 members of Soviet official organisations
must leave the country", "expelled 105 employees of Soviet institutions"), as the great expulsions of the Cold War
named them, are diplomatic people; employees of a state's companies or clubs are not, and no reader makes them so
(sentences written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania informed the Freedonian envoy that 90 members of Freedonian official organisations must leave the "
    "country.",
    "Ruritania expelled 90 employees of Freedonian institutions on Friday.",
])
def test_staff_of_a_states_official_bodies_are_diplomatic(text):
    assert {r[:3] for r in made_up_rows(text) if r[3] == "asserted"} == {("RR", "FD", 90)}


@pytest.mark.parametrize("text", [
    "Ruritania expelled 90 employees of Freedonian companies on Friday.",
    "Ruritania expelled 90 members of Freedonian football clubs on Friday.",
])
def test_staff_of_other_bodies_are_not(text):
    assert not [r for r in made_up_rows(text) if r[3] == "asserted"]
