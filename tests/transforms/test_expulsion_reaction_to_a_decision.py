"""A state that reacts to another's decision to expel ("Syldavia welcomed the decision to expel the Freedonian
diplomats", "condemned the move to expel them") does not expel anyone itself: the one who reacts is the subject of
the reaction, not of the expelling, as with "condemned the expulsion of" (actors.reaction_object). Made-up sentences
about made-up states, read with the project's spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled three Freedonian diplomats. Syldavia welcomed the move to expel the Freedonian diplomats.",
     {("RR", "FD", 3)}),
    ("Ruritania gave the Freedonian ambassador seven days to leave. Syldavia welcomed the decision to expel the "
     "Freedonian diplomats.", {("RR", "FD", 1)}),
    ("Graustark expelled four Freedonian diplomats. The Syldavian government strongly criticised the decision to expel "
     "the Freedonian diplomats.", {("GK", "FD", 4)}),
])
def test_the_one_who_reacts_to_a_decision_to_expel_expels_no_one(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text, want", [
    ("Syldavia took the decision to expel the Freedonian ambassador.", {("SV", "FD", 1)}),
    ("Syldavia welcomed the Freedonian minister and decided to expel the Freedonian ambassador.", {("SV", "FD", 1)}),
    ("Ruritania expelled three Freedonian diplomats. Syldavia regretted Ruritania's decision to expel the Freedonian "
     "diplomats.", {("RR", "FD", 3)}),
])
def test_a_decision_of_ones_own_or_a_named_one_keeps_its_actor(text, want):
    assert asserted(text) == want
