"""Shapes an audit of real expulsion stories (1971-2025) showed the extractor missing, written here as
made-up sentences about made-up states and parsed by the project's real spaCy model: the words "eject",
"ejection" and "toss out"; and a gerund whose subject is the state right before it, the object of a
preposition on a noun ("in retaliation for Fredville last month expelling 45 diplomats")."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text, "1991-10-04") if m == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("Ruritania ejects eight Freedonian diplomats accused of spying.", {("RR", "FD", 8)}),
    ("Ruritania tossed out 47 Freedonian diplomats on charges of spying.", {("RR", "FD", 47)}),
    ("Ruritania ordered the ejection of 80 Freedonian diplomats posted to Strelsau.", {("RR", "FD", 80)}),
    # the same words about other people, or in another sense, are no expulsion
    ("The pilot ejected safely before the jet crashed in Ruritania.", set()),
    ("Ruritania tossed out the idea of talks and expelled two Freedonian diplomats.", {("RR", "FD", 2)}),
])
def test_eject_and_toss_out(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled 45 Freedonian staff in retaliation for Fredville last month expelling 45 Ruritanian "
     "diplomats.", {("RR", "FD", 45), ("FD", "RR", 45)}),
    ("Ruritania expelled 45 Freedonian staff in retaliation for Freedonia expelling 45 Ruritanian diplomats.",
     {("RR", "FD", 45), ("FD", "RR", 45)}),
    # a preposition on a verb names whom the verb reaches, not who expels
    ("The ministry sent a note to Freedonia expelling two Freedonian diplomats.", set()),
    ("Ruritania apologised to Freedonia after expelling two Freedonian diplomats by mistake.", {("RR", "FD", 2)}),
])
def test_the_state_before_a_gerund_is_its_subject(text, want):
    assert asserted(text) == want
