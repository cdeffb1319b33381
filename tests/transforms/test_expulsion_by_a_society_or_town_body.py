"""A body of society or of a town that declares someone persona non grata ("the Strelsau city council", "the
Ruritanian football federation") speaks for itself, not for its state: no expulsion (society_bodies.py; grammar
_add_readings). A state, its government or its council of ministers still expels. Sentences written for these
tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "The Strelsau city council declared the Freedonian ambassador persona non grata.",
    "The city council of Strelsau declared the Freedonian consul persona non grata on Monday.",
    "The regional assembly in Strelsau declared the Freedonian consul persona non grata.",
    "The Ruritanian football federation declared the Freedonian ambassador persona non grata.",
    "The municipal council of Strelsau declared two Freedonian diplomats persona non grata.",
])
def test_a_town_s_or_a_club_s_declaration_is_no_expulsion(text):
    assert made_up_rows(text) == set()


@pytest.mark.parametrize("text,count", [
    ("The Ruritanian government declared the Freedonian ambassador persona non grata.", 1),
    ("The Ruritanian Council of Ministers declared the Freedonian ambassador persona non grata.", 1),
    ("The Ruritanian foreign ministry declared two Freedonian diplomats persona non grata.", 2),
    ("The Strelsau city council said Ruritania had expelled two Freedonian diplomats.", 2),
])
def test_a_state_s_declaration_stays_an_expulsion(text, count):
    assert made_up_rows(text) == {("RR", "FD", count, "asserted")}
