"""Negations the modality reader (transforms/expulsions/modality.py) takes from the shape of the clause: a
fronted phrase with "no" that inverts the subject and its auxiliary, and "has yet to"; made-up articles
about made-up states, parsed by the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("At no point did Ruritania expel a Freedonian diplomat during the crisis.", set()),
    ("At no time were the two Freedonian diplomats asked to leave Ruritania.", set()),
    ("Ruritania has yet to expel any Freedonian diplomats.", set()),
    ("Ruritania is yet to expel any Freedonian diplomats.", set()),
    # a phrase with "no" that does not invert denies nothing
    ("With no warning, Ruritania expelled two Freedonian diplomats on Monday.", {("RR", "FD", 2)}),
    ("Ruritania expelled two Freedonian diplomats but has yet to explain why.", {("RR", "FD", 2)}),
])
def test_fronted_and_not_yet_negations(text, want):
    assert asserted(text) == want


def test_a_fronted_negation_is_negated_not_dropped():
    assert made_up_rows("At no point did Ruritania expel a Freedonian diplomat.") == {("RR", "FD", 1, "negated")}
