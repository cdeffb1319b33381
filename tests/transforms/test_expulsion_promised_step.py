"""A promise told as a report is read as done, as "said it would expel" is (futures.reported_decision): "said it would
take a retaliatory step and expel two diplomats" names a decision, and so does the same future in a report whose
verb of saying comes after it. The choice stays with the modality rules: a condition ("if"), another modal ("may"),
"threatened to" or a promise not made ("did not say it would") keep it undone. Made-up sentences about made-up
states, read with the project's spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows


def rows(text):
    return {(a, b, n, m) for a, b, n, m in made_up_rows(text)}


@pytest.mark.parametrize("text, want", [
    ("Ruritania said it would take a retaliatory step and expel two Freedonian diplomats.", ("RR", "FD", 2)),
    ("Ruritania would take a retaliatory step and expel two Freedonian diplomats, the minister said.", ("RR", "FD", 2)),
    ("Ruritania said it would take retaliatory steps and expel the Freedonian ambassador.", ("RR", "FD", 1)),
    ("Ruritania said it would expel two Freedonian diplomats in a retaliatory step.", ("RR", "FD", 2)),
])
def test_a_promise_reported_is_a_decision_asserted(text, want):
    assert rows(text) == {(*want, "asserted")}


@pytest.mark.parametrize("text", [
    "Ruritania said it would take a retaliatory step and expel two Freedonian diplomats if the spying continued.",
    "Ruritania said it may take a retaliatory step and expel two Freedonian diplomats.",
    "Ruritania threatened to take a retaliatory step and expel two Freedonian diplomats.",
    "Ruritania did not say it would take a retaliatory step and expel two Freedonian diplomats.",
])
def test_a_promise_on_a_condition_or_only_possible_is_not_done(text):
    assert all(m != "asserted" for *_, m in rows(text))
