"""A pronoun or "the men" expelled after diplomatic people of one nationality named earlier in the same
sentence is those people (anaphora.people_in_sentence, read in grammar.py); made-up articles parsed by the
project's real spaCy model."""
import pytest

from tests.transforms.test_expulsion_anaphora import STATES, asserted_events, state_mentions

MORE_STATES = dict(STATES, lakonia=("LK", "COUNTRY"), lakonian=("LK", "NORP"))


def events(text):
    return asserted_events(text, state_mentions(text, MORE_STATES))


@pytest.mark.parametrize("text, want", [
    ("Ruritania arrested two Freedonian diplomats and expelled them.", {("RR", "FD", 2)}),
    ("Ruritanian police arrested two Freedonian diplomats on Monday and Ruritania expelled the men on Tuesday.",
     {("RR", "FD", 2)}),
    ("Ruritania arrested the Freedonian ambassador and expelled him.", {("RR", "FD", 1)}),
])
def test_the_people_named_before_in_the_sentence_are_the_ones_expelled(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text", [
    # not diplomats
    "Ruritania arrested two Freedonian journalists and expelled them.",
    # two nationalities: whose?
    "Ruritania arrested two Freedonian diplomats and a Lakonian attache and expelled them.",
])
def test_no_one_nationality_of_diplomats_before_gives_no_event(text):
    assert events(text) == set()
