"""An expulsion told as what happens each time another does (habits.py): a clause opened by "when" in the present or
present perfect, or by "whenever", and the present (perfect) clause it hangs on, tell a habit, no one expulsion
(hypothetical). A "when" clause in the simple past tells one time: both expulsions stay. Sentences written for these
tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


def _asserted(text):
    return {r[:3] for r in made_up_rows(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text", [
    "In the past when Ruritanian diplomats have been expelled, Ruritania has responded by expelling Freedonian "
    "diplomats from Strelsau.",
    "When Freedonia has expelled Ruritanian diplomats, Ruritania has always expelled Freedonian diplomats in return.",
    "Whenever Freedonia expelled Ruritanian diplomats, Ruritania expelled Freedonian diplomats in return.",
    "When Freedonia expels a Ruritanian diplomat, Ruritania expels a Freedonian one.",
])
def test_a_habit_is_no_expulsion_told_as_done(text):
    assert _asserted(text) == set()
    assert made_up_rows(text)   # read, as what would happen


@pytest.mark.parametrize("text, want", [
    ("When Freedonia expelled four Ruritanian diplomats in May, Ruritania responded by expelling four Freedonian "
     "diplomats.", {("FD", "RR", 4), ("RR", "FD", 4)}),
    ("Ruritania has expelled two Freedonian diplomats, the ministry said when it was asked.", {("RR", "FD", 2)}),
])
def test_a_when_clause_of_one_time_stays(text, want):
    assert _asserted(text) == want
