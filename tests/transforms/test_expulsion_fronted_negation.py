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


@pytest.mark.parametrize("text, want", [
    # a verb that says the act is given up, or its particle that does: no expulsion was done
    ("Ruritania expelled two Freedonian diplomats. Freedonia gave up reprisals against Ruritanian "
     "personnel in Marsovia.", {("RR", "FD", 2)}),
    ("Ruritania expelled two Freedonian diplomats. Freedonia held off expelling Ruritanian diplomats.",
     {("RR", "FD", 2)}),
    ("Ruritania expelled two Freedonian diplomats. Freedonia refrained from expelling Ruritanian diplomats.",
     {("RR", "FD", 2)}),
    ("Freedonia chose to forgo the expulsion of three Ruritanian diplomats.", set()),
    # the same verbs in another sense, or beside the expulsion, deny nothing
    ("Ruritania gave the Freedonian ambassador 48 hours to leave.", {("RR", "FD", 1)}),
    ("Ruritania gave up its objections and expelled three Freedonian diplomats.", {("RR", "FD", 3)}),
    ("Ruritania held talks with Freedonia and expelled three Freedonian diplomats.", {("RR", "FD", 3)}),
])
def test_given_up_and_held_off_are_not_done(text, want):
    assert asserted(text) == want
