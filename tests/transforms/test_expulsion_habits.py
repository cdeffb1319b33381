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


@pytest.mark.parametrize("text", [
    "Syldavia has often declared Freedonian diplomats personae non gratae.",
    "Graustark has sometimes declared Syldavian envoys persona non grata.",
    "Graustark has frequently expelled Ruritanian diplomats.",
    "Freedonian diplomats have regularly been ordered to leave Syldavia.",
    "Ruritania and Freedonia routinely expel each other's diplomats.",
])
def test_an_adverb_of_habit_on_the_act_tells_no_one_act(text):
    """An adverb of habit (grammar.json habitual_adverbs) on the verb of expelling, of declaring or of the order, in
    the present or the present perfect: a habit, no one expulsion (before: asserted for the perfect)."""
    assert _asserted(text) == set()
    assert made_up_rows(text)   # read, as what would happen


@pytest.mark.parametrize("text, want", [
    ("Ruritania, which has often clashed with Freedonia, expelled two Freedonian diplomats.", {("RR", "FD", 2)}),
    ("Syldavia declared two Freedonian diplomats personae non gratae on Monday.", {("SV", "FD", 2)}),
    ("Graustark has expelled three Ruritanian diplomats, officials said.", {("GK", "RR", 3)}),
    ("In 1983 Ruritania often expelled Freedonian diplomats.", {("RR", "FD", None)}),
    ("Graustark has repeatedly expelled Ruritanian diplomats.", {("GK", "RR", None)}),
])
def test_an_adverb_of_habit_on_another_verb_or_in_the_past_or_acts_repeated_leave_the_act(text, want):
    assert _asserted(text) == want
