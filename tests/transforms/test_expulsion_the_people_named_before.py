""""Ruritania accused a Freedonian diplomat of spying on Monday. The diplomat was expelled on Tuesday": a definite
noun of people ("the diplomat", "the diplomats") expelled by no one named, after a sentence that names people by
the same word, of one nationality, with one state as the subject of its main verb: that state expelled them, as many
as it counted. Another word ("the ambassador"), a subject that is no state, people of two nationalities, an expeller
named or an expulsion not told as done change nothing (sentences written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("Ruritania accused a Freedonian diplomat of spying on Monday. The diplomat was expelled from the country.",
     {("RR", "FD", 1)}),
    ("Ruritania accused a Freedonian diplomat of spying on Monday. The diplomat was expelled on Tuesday.",
     {("RR", "FD", 1)}),
    ("Ruritania accused two Freedonian diplomats of spying on Monday. The diplomats were expelled from the country.",
     {("RR", "FD", 2)}),
])
def test_the_people_named_before_are_expelled_by_the_state_that_named_them(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text, want", [
    # another word: perhaps another person
    ("Ruritania accused a Freedonian diplomat of spying on Monday. The ambassador was expelled on Tuesday.", set()),
    # the subject before is no state
    ("Police in Strelsau arrested a Freedonian diplomat on Monday. The diplomat was expelled on Tuesday.", set()),
    # people of two nationalities: which?
    ("Ruritania accused a Freedonian diplomat and a Graustarkian diplomat of spying on Monday. The diplomat was "
     "expelled on Tuesday.", set()),
    # the state that speaks of its own diplomat
    ("Freedonia said a Freedonian diplomat had been harassed in Strelsau. The diplomat was expelled on Tuesday.",
     set()),
    # not done
    ("Ruritania accused a Freedonian diplomat of spying on Monday. The diplomat may be expelled.", set()),
    # who expels is named
    ("Ruritania accused a Freedonian diplomat of spying on Monday. The diplomat was expelled by Graustark.",
     {("GK", "FD", 1)}),
])
def test_another_word_no_state_two_nationalities_or_a_named_expeller_change_nothing(text, want):
    assert asserted(text) == want
