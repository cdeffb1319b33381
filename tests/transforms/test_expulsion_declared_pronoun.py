""""the Ministry declared him persona non grata": the pronoun is the person told of before, never the declarer
(arguments._antecedent), and "a second secretary in the Freedonian embassy" is that embassy's (whose_people._whose)."""
import pytest

from tests.transforms.test_expulsion_anaphora import STATES, asserted_events, events, state_mentions


@pytest.mark.parametrize("text, want", [
    # the pronoun object of the declaring verb is someone else than its subject
    ("Ivan Petrov, an attaché in the Freedonian embassy in Strelsau, was on holiday abroad. "
     "Last week the Ruritanian Foreign Ministry declared him persona non grata.", {("RR", "FD", 1)}),
    ("Ivan Petrov, a Freedonian diplomat, was on holiday abroad. "
     "On Monday the Ruritanian Foreign Ministry declared him persona non grata.", {("RR", "FD", 1)}),
    ("The Ruritanian Foreign Ministry summoned a Freedonian diplomat, Ivan Petrov, and declared him persona non grata.",
     {("RR", "FD", 1)}),
    # no one named before him: whose he is stays unknown, and the Ministry never expels its own state
    ("On Monday the Ruritanian Foreign Ministry declared him persona non grata.", set()),
])
def test_declared_pronoun_is_the_person_named_before(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text, want", [
    ("Two attachés in the Freedonian embassy in Strelsau were expelled by Ruritania on Monday.", {("RR", "FD", 2)}),
    ("Ruritania expelled a second secretary in the Freedonian embassy on Monday.", {("RR", "FD", 1)}),
    ("Ivan Petrov, a second secretary in the Freedonian embassy in Strelsau, was on holiday abroad. "
     "Last week the Ruritanian Foreign Ministry declared him persona non grata.", {("RR", "FD", 1)}),
])
def test_people_in_an_embassy_are_the_embassy_state_s(text, want):
    # the resolver gives "the Freedonian embassy" as one mention of the mission, which acts for its state
    states = {"freedonian embassy": ("FD", "COUNTRY"), **STATES}
    assert asserted_events(text, state_mentions(text, states)) == want
