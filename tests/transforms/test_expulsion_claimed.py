"""A party's claim or allegation that another state expelled its diplomats is not the story telling it as done
(patterns/grammar.json hypothetical_governors "claim", "allege"): "claimed that Freedonia was de facto expelling",
"alleged that Freedonia had expelled". A state that expels "claiming" or "alleging" a reason still expels. Sentences
written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


def _asserted(text):
    return {r[:3] for r in made_up_rows(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text", [
    "Ruritania claimed that Freedonia was de facto expelling Ruritanian diplomats.",
    "Ruritania alleged that Freedonia had expelled two Ruritanian diplomats without notice.",
    "The Ruritanian ambassador claims Freedonia has expelled three of his staff.",
])
def test_a_claim_of_an_expulsion_is_not_told_as_done(text):
    assert _asserted(text) == set()


@pytest.mark.parametrize("text, want", [
    ("Freedonia expelled two Ruritanian diplomats, claiming they were spies.", {("FD", "RR", 2)}),
    ("Freedonia expelled two Ruritanian diplomats, alleging espionage.", {("FD", "RR", 2)}),
])
def test_an_expulsion_with_a_claimed_reason_stays(text, want):
    assert _asserted(text) == want
