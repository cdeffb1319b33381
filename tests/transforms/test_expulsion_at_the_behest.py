""""Twelve Freedonian diplomats left Strelsau at the behest of Ruritania": a behest, an insistence, a bidding or an
urging is asked as a request is, so the one who asks is who expels a withdrawal or a leaving done at it; at the
asking of the people's own government it is a recall (sentences written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("At the behest of Ruritania, two Freedonian diplomats were withdrawn on Friday.", {("RR", "FD", 2)}),
    ("Freedonia withdrew twelve diplomats from Strelsau at the insistence of Ruritania.", {("RR", "FD", 12)}),
    ("Twelve Freedonian diplomats left Strelsau at the behest of Ruritania.", {("RR", "FD", 12)}),
    ("Twelve Freedonian diplomats left Strelsau at the bidding of Ruritania.", {("RR", "FD", 12)}),
])
def test_a_withdrawal_or_leaving_at_a_states_behest_is_its_expulsion(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text", [
    "Freedonia withdrew twelve diplomats from Strelsau at the behest of its own foreign ministry.",
    "Twelve Freedonian diplomats left Strelsau at the behest of their government.",
    "Twelve Freedonian diplomats left Strelsau at the behest of Freedonia.",
    "Freedonia recalled its ambassador from Strelsau at the insistence of Freedonian lawmakers.",
])
def test_at_the_behest_of_their_own_side_is_a_recall_and_no_event(text):
    assert asserted(text) == set()
