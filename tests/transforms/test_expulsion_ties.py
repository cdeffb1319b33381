""""Ties" are relations too ("Graustark is severing ties with Freedonia", "diplomatic ties between Strelsau and
Freedonia"): the story's two sides when a deadline to leave "the Kingdom" names only whose people go."""
import pytest

from tests.expulsions_helpers import made_up_rows
from tests.transforms.test_expulsion_relations import pairs


@pytest.mark.parametrize("text, states, want", [
    ("Graustark is severing ties with Freedonia.", [("Graustark", "GK"), ("Freedonia", "FD")], [("GK", "FD")]),
    ("Diplomatic ties between Strelsau and Freedonia have worsened.", [("Strelsau", "RR"), ("Freedonia", "FD")],
     [("RR", "FD")]),
    # ties of no state, or of one state only, are no pair
    ("Family ties kept him in Freedonia.", [("Freedonia", "FD")], []),
])
def test_ties_are_relations(text, states, want):
    assert pairs(text, states) == want


def test_deadline_told_by_an_unnamed_minister_after_ties_cut():
    text = ("Graustarkian Foreign Minister Omar Haddad announced that Graustark is severing ties with Freedonia. "
            "During a press conference in Edelweiss, the foreign minister said that Freedonian diplomats and staff "
            "have been given 48 hours to leave the Kingdom.")
    assert {(a, b, n) for a, b, n, m in made_up_rows(text, "2016-01-04") if m == "asserted"} == {("GK", "FD", None)}
