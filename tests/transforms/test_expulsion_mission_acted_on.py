"""A noun is about a mission's people when the mission is in its own phrase ("two members of the Ruritanian
embassy", "ten people attached to the Ruritanian embassy"), not when a clause on the noun does something to the
mission ("Ruritania's move to reduce the Freedonian mission", "the plan to close the Freedonian embassy"): a
retaliation "against" such a move is against an act, and tells no one expelled (people._own_phrase). Sentences
written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows

_BEFORE = "Ruritania expelled 35 Freedonian diplomats in December. "


def _asserted(text):
    return {r[:3] for r in made_up_rows(_BEFORE + text) if r[3] == "asserted"}


@pytest.mark.parametrize("text", [
    "Freedonia took retaliatory measures against Ruritania's move to reduce the Freedonian mission in Strelsau.",
    "Freedonia took retaliatory measures against Ruritania's decision to cut the staff of the Freedonian embassy.",
    "Freedonia took retaliatory steps against the Ruritanian plan to close the Freedonian embassy in Strelsau.",
])
def test_a_retaliation_against_a_move_on_a_mission_expels_no_one(text):
    assert _asserted(text) == {("RR", "FD", 35)}


@pytest.mark.parametrize("text, want", [
    ("Freedonia took retaliatory measures against two members of the Ruritanian embassy.", ("FD", "RR", 2)),
    ("Freedonia took retaliatory measures against three staff of the Ruritanian mission in Fredville.",
     ("FD", "RR", 3)),
    ("Freedonia expelled ten people attached to the Ruritanian embassy.", ("FD", "RR", 10)),
    ("Freedonia expelled five officials working at the Ruritanian embassy.", ("FD", "RR", 5)),
])
def test_the_people_of_a_mission_named_in_their_own_phrase_are_expelled(text, want):
    assert want in _asserted(text)
