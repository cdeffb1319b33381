"""An expulsion noun said to be common or routine names a kind of act that recurred, no one expulsion ("the mass
expulsion of Ruritanian diplomats had become almost routine", "expulsions of ... were frequent": habits.told_as_common
over patterns/grammar.json frequency_predicates, hypothetical); one act called routine or unusual stays told.
Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "During the Cold War, Freedonia's mass expulsion of Ruritanian diplomats had become almost routine.",
    "The expulsion of Ruritanian diplomats by Freedonia was common in the 1980s.",
    "Freedonia's expulsion of Ruritanian diplomats became commonplace after 1970.",
    "Expulsions of Ruritanian diplomats by Freedonia were frequent during the Cold War.",
    "The expulsion of Ruritanian diplomats by Freedonia was common practice.",
])
def test_an_expulsion_said_to_recur_is_no_one_act(text):
    assert {r[3] for r in made_up_rows(text)} == {"hypothetical"}


@pytest.mark.parametrize("text, row", [
    ("Freedonia's expulsion of two Ruritanian diplomats was routine, the ministry said.", ("FD", "RR", 2, "asserted")),
    ("Freedonia's expulsion of the Ruritanian ambassador was routine, officials said.", ("FD", "RR", 1, "asserted")),
    ("Freedonia's expulsion of Ruritanian diplomats was unusual.", ("FD", "RR", None, "asserted")),
    ("Freedonia's expulsion of the Ruritanian ambassador was a surprise.", ("FD", "RR", 1, "asserted")),
])
def test_one_act_called_routine_stays_told(text, row):
    assert made_up_rows(text) == {row}
