"""A state other than the doer, in "from" after the people of a noun of expelling, is the people's state, not the
place they leave: "Ruritania ordered the departure of three diplomats from Freedonia" (a state expels only from its
own ground) is Freedonia's diplomats (arguments._noun_arguments, patterns/grammar.json origin_removal_nouns). A
sender's own act ("the withdrawal of", "the recall of") keeps "from" the post it leaves. Made-up sentences about
made-up states, parsed by the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("Ruritania ordered the departure of three diplomats from Freedonia.", ("RR", "FD", 3)),
    ("Ruritania ordered the expulsion of three diplomats from Freedonia.", ("RR", "FD", 3)),
    ("Graustark announced the expulsion of four diplomats from Syldavia on Monday.", ("GK", "SV", 4)),
])
def test_the_people_from_another_state_are_its(text, want):
    """Before: no event (Freedonia read as the place left, the people of no state)."""
    assert made_up_rows(text) == {(*want, "asserted")}


@pytest.mark.parametrize("text", [
    "Syldavia ordered the withdrawal of two diplomats from Graustark.",
    "Ruritania ordered the recall of three diplomats from Freedonia.",
    "Ruritania ordered the departure of its diplomats from Freedonia.",
    "Ruritania ordered the departure of three diplomats from Strelsau.",
])
def test_a_senders_own_act_or_a_place_left_adds_no_expulsion(text):
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == set()
