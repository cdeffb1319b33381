""""Marked" as undesirable or as persona non grata is a declaration ("Rome has marked 30 Freedonian diplomats as
undesirable"): a declare verb (patterns/grammar.json declare_verbs), so its people are expelled; marking other things
("marked the anniversary") expels no one. Made-up sentences about made-up states, read with the project's spaCy
model."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("Strelsau has marked 30 Freedonian diplomats as undesirable, the Ruritanian foreign minister said.",
     {("RR", "FD", 30)}),
    ("Ruritania marked two Freedonian diplomats as persona non grata on Monday.", {("RR", "FD", 2)}),
])
def test_marked_as_undesirable_is_declared(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text", [
    "Ruritania marked the anniversary of its independence with a parade.",
    "Ruritania marked two Freedonian diplomats as guests of honour.",
])
def test_other_markings_expel_no_one(text):
    assert asserted(text) == set()
