"""People of the sentence before, expelled by no one named ("Ruritania accused nine Freedonian diplomats of spying.
All nine were ordered to leave within a week."), are expelled by the state that named them there (the subject of
that sentence's verb), or by the one state where that sentence says they were held ("were arrested in Strelsau"),
never by their own state, and by no one when no state did. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania accused nine Freedonian diplomats of spying. All nine were ordered to leave within a week.",
    "Ruritania accused nine Freedonian diplomats of spying. All nine were expelled.",
    "Ruritania said nine Freedonian diplomats had spied. All nine were ordered to leave.",
])
def test_the_state_that_named_the_people_expels_them(text):
    assert made_up_rows(text) == {("RR", "FD", 9, "asserted")}


@pytest.mark.parametrize("text", [
    "Three Freedonian diplomats were seen photographing a military base, the police said. They were expelled.",
    "Freedonia recalled nine of its diplomats from Ruritania. All nine were expelled.",
])
def test_no_state_or_their_own_state_before_names_no_one_who_expels(text):
    assert not {r for r in made_up_rows(text) if r[3] == "asserted" and r[0]}


def test_the_state_where_the_people_were_held_expels_them():
    assert made_up_rows("Two Freedonian diplomats were arrested in Strelsau on Friday. Both were later expelled.") == \
        {("RR", "FD", 2, "asserted")}


@pytest.mark.parametrize("text", [
    "Two Freedonian diplomats were arrested in Strelsau and Klow on Friday. Both were later expelled.",
    "Two Freedonian diplomats were arrested in a raid on Friday. Both were later expelled.",
])
def test_people_held_in_no_one_state_give_no_one_who_expels(text):
    assert not {r for r in made_up_rows(text) if r[3] == "asserted" and r[0]}
