"""One order of counted people and of "other" people not counted, by two verbs joined in a sentence ("expelled the
ambassador and told other diplomats to leave"), is one expulsion of how many in all no one says: no count, as "the
ambassador and other diplomats" in one phrase already reads (grammar._adds_to_order_before). Counted others add up.
Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania expelled the Freedonian ambassador and told other Freedonian diplomats to leave within 72 hours.",
    "Ruritania ordered the Freedonian ambassador to leave and expelled other Freedonian diplomats.",
])
def test_others_not_counted_leave_the_total_unknown(text):
    assert made_up_rows(text) == {("RR", "FD", None, "asserted")}


@pytest.mark.parametrize("text, rows", [
    ("Ruritania ordered the Freedonian ambassador to leave and expelled two other Freedonian diplomats.",
     {("RR", "FD", 3, "asserted")}),
    ("Ruritania expelled the Freedonian ambassador and other Freedonian diplomats.", {("RR", "FD", None, "asserted")}),
    ("Ruritania expelled the Freedonian ambassador and told other Graustarkian diplomats to leave.",
     {("RR", "FD", 1, "asserted"), ("RR", "GK", None, "asserted")}),
    ("Ruritania expelled the Freedonian ambassador and warned that other Freedonian diplomats could be told to leave.",
     {("RR", "FD", 1, "asserted"), ("RR", "FD", None, "hypothetical")}),
])
def test_counted_others_other_states_and_warnings_read_as_before(text, rows):
    assert made_up_rows(text) == rows
