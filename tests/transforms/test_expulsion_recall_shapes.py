"""A state's withdrawal of its own envoy told beside an expulsion, or in a quote to reporters, is a recall
and no expulsion (transforms/expulsions/triggers_parse._withdraw_requester); made-up articles parsed by the
project's real spaCy model."""
import pytest

from tests.transforms.test_expulsion_anaphora import events


@pytest.mark.parametrize("text, want", [
    # one subject's two acts: the second withdraws its own
    ("Ruritania ordered four Freedonian diplomats out of the country today and recalled its ambassador "
     "from Fredville.", {("RR", "FD", 4)}),
    ("Ruritania told two Freedonian diplomats to leave and withdrew its own ambassador from Freedonia.",
     {("RR", "FD", 2)}),
    # an order whose object is the withdrawing still expels
    ("Ruritania ordered Freedonia to withdraw its ambassador.", {("RR", "FD", 1)}),
])
def test_a_recall_coordinated_with_an_order_is_no_second_expulsion(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text, want", [
    ("\"The ambassador to Fredville is definitively withdrawn,\" the Ruritanian foreign minister told reporters. "
     "Freedonia said it would not expel Ruritanian diplomats.", set()),
    # a clause told that says what must be done is an order
    ("Ruritania told Freedonia that it must withdraw its ambassador within a week.", {("RR", "FD", 1)}),
])
def test_a_withdrawal_told_to_reporters_is_speech_not_an_order(text, want):
    assert events(text) == want
