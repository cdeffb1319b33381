"""A span of time granted or allowed to leave is a deadline, as one given is (patterns/grammar.json
time_giving_verbs; leave_orders.time_given): "has been granted 72 hours to leave", "was allowed a week to leave";
"granted permission to leave" and "allowed to leave" are leave given, no order. "Freedonian territories" is the
country left, as "territory" is. Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


def _asserted(text):
    return {r[:3] for r in made_up_rows(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text", [
    "The Ruritanian ambassador to Freedonia has been granted 72 hours to leave Freedonia.",
    "The Ruritanian ambassador was allowed a week to leave Freedonia.",
    "Ruritania's ambassador to Freedonia has been granted 48 hours to leave Freedonian territories.",
    "Ruritania's ambassador to Freedonia has been given 48 hours to leave Freedonian territories.",
])
def test_time_granted_to_leave_is_a_deadline(text):
    assert _asserted(text) == {("FD", "RR", 1)}


@pytest.mark.parametrize("text", [
    "The Ruritanian diplomats were granted permission to leave Freedonia.",
    "The Ruritanian diplomats were allowed to leave Freedonia.",
])
def test_leave_granted_is_no_order(text):
    assert _asserted(text) == set()
