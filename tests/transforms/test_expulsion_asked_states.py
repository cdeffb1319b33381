"""A host that tells two or more states to withdraw their own people expels the people of each
(owners.asked_states, read by grammar.py); made-up articles parsed by the project's real spaCy model."""
import pytest

from tests.transforms.test_expulsion_anaphora import STATES, asserted_events, state_mentions

MORE_STATES = dict(STATES, lakonia=("LK", "COUNTRY"), lakonian=("LK", "NORP"))


def events(text):
    return asserted_events(text, state_mentions(text, MORE_STATES))


@pytest.mark.parametrize("text, want", [
    ("Ruritania on Friday told Freedonia and Lakonia to recall their ambassadors.", {("RR", "FD", 1), ("RR", "LK", 1)}),
    ("Ruritania told Freedonia and Lakonia to withdraw two diplomats each.", {("RR", "FD", 2), ("RR", "LK", 2)}),
    ("Ruritania demanded that Freedonia and Lakonia withdraw their ambassadors within seven days.",
     {("RR", "FD", 1), ("RR", "LK", 1)}),
    # one state asked: its own people, as before
    ("Ruritania asked Freedonia to withdraw its ambassador.", {("RR", "FD", 1)}),
    # troops are no diplomats, however many states are asked
    ("Ruritania asked Freedonia and Lakonia to withdraw their troops.", set()),
])
def test_each_state_asked_to_withdraw_its_people_is_expelled(text, want):
    assert events(text) == want
