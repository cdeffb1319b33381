"""An expulsion told as the when or why of something a claim tells ("Freedonia claimed that Syldavia protested
because Ruritania had expelled two diplomats") is the claim's, not told as done, as it is when the claim tells it
outright ("Freedonia claimed that Ruritania had expelled two diplomats"); patterns/grammar.json hearsay_governors.
What is said ("said that ..."), a clause of when or why beside a threat ("threatened to retaliate after ...") and one
that opens the sentence before the claim are told. Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {r[:3] for r in made_up_rows(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text", [
    "Freedonia claimed that Syldavia protested because Ruritania had expelled two Freedonian diplomats.",
    "Freedonia claimed that Syldavia protested after Ruritania had expelled two Freedonian diplomats.",
    "Freedonia alleged that Syldavia withdrew its ambassador because Ruritania had expelled two Freedonian diplomats.",
    "Freedonia claimed that Syldavia protested and recalled its envoy after Ruritania had expelled two Freedonian "
    "diplomats.",
])
def test_a_cause_inside_a_claim_is_the_claims(text):
    assert asserted(text) == set()


@pytest.mark.parametrize("text", [
    "Freedonia said that Syldavia protested because Ruritania had expelled two Freedonian diplomats.",
    "Syldavia protested because Ruritania had expelled two Freedonian diplomats.",
    "Freedonia threatened to retaliate after Ruritania expelled two Freedonian diplomats.",
    "After Ruritania expelled two Freedonian diplomats, Freedonia claimed that Syldavia had protested.",
])
def test_a_cause_said_or_beside_a_threat_or_before_the_claim_is_told(text):
    assert asserted(text) == {("RR", "FD", 2)}
