""""in reaction to the same measure taken by X against four diplomats", "took analogous measures against two
diplomats": a measure said to be the same as, or like, the expulsion told is one, done against those people
(patterns/grammar.json "retaliation_modifiers"); made-up articles parsed by the project's real spaCy model."""
import pytest

from tests.transforms.test_expulsion_anaphora import events


@pytest.mark.parametrize("text, want", [
    ("Freedonia declared four Ruritanian diplomats persona non grata in reaction to the same measure taken by the "
     "Ruritanian authorities on Saturday against four diplomats of the Embassy of Freedonia.",
     {("FD", "RR", 4), ("RR", "FD", 4)}),
    ("Freedonia expelled two Ruritanian diplomats. Ruritania took analogous measures against two Freedonian "
     "diplomats on Friday.", {("FD", "RR", 2), ("RR", "FD", 2)}),
    # weighed, not taken; or taken against no diplomats
    ("Freedonia expelled two Ruritanian diplomats. Ruritania said it was considering similar measures against "
     "Freedonian diplomats.", {("FD", "RR", 2)}),
    ("Freedonia expelled two Ruritanian diplomats. Ruritania took the same measures against Freedonian banks.",
     {("FD", "RR", 2)}),
])
def test_the_same_measure_against_diplomats_is_an_expulsion(text, want):
    assert events(text) == want
