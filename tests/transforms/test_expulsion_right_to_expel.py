"""A right to expel held is an act allowed, not one done ("Freedonia reserves the right to expel Ruritanian
diplomats": 'right' among patterns/grammar.json permission_nouns, asked_acts._allowed, hypothetical); a leave or right
used ("exercised its right to expel two ...", "used its authority to expel", exercising_verbs) tells the act done.
Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Freedonia reserved the right to expel Ruritanian diplomats.",
    "Freedonia has the right to expel Ruritanian diplomats.",
    "Freedonia retains the right to expel two Ruritanian diplomats.",
])
def test_a_right_held_is_no_act(text):
    assert {r[3] for r in made_up_rows(text)} == {"hypothetical"}


@pytest.mark.parametrize("text, row", [
    ("Freedonia exercised its right to expel two Ruritanian diplomats.", ("FD", "RR", 2, "asserted")),
    ("Freedonia used its authority to expel two Ruritanian diplomats.", ("FD", "RR", 2, "asserted")),
    ("Freedonia expelled two Ruritanian diplomats, as was its right.", ("FD", "RR", 2, "asserted")),
])
def test_a_right_used_tells_the_act(text, row):
    assert made_up_rows(text) == {row}


def test_authority_held_stays_allowed_only():
    assert {r[3] for r in made_up_rows("Freedonia has the authority to expel any Ruritanian diplomat.")} == \
        {"hypothetical"}
