"""A verb of deciding with a "that" clause in the subjunctive tells the decision: "decreed that the attache leave the
country" is an order to leave like "ordered that he leave" (leave_orders.decided_leaving), "resolved that the envoy be
expelled" a decision like "decided that" (patterns/grammar.json deciding_verbs), and whoever decides is the actor
("The government of Ruritania ordered that ...": speakers.DECIDING); a parliament's resolution asks its government to
act (a demand: mandatives.decider, grammar.py). Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, count", [
    ("Ruritania decreed that the Freedonian attache leave the country within 48 hours.", 1),
    ("The Ruritanian president decreed that two Freedonian diplomats leave the country.", 2),
    ("Ruritania decided that the Freedonian attache leave the country within 48 hours.", 1),
    ("Ruritania resolved that the Freedonian envoy leave the country within a week.", 1),
])
def test_a_leaving_decided_is_an_order(text, count):
    assert made_up_rows(text) == {("RR", "FD", count, "asserted")}


@pytest.mark.parametrize("text", [
    "The government of Ruritania resolved that the Freedonian envoy be expelled.",
    "The government of Ruritania ordered that the Freedonian envoy be expelled.",
    "The Ruritanian foreign minister ordered that the Freedonian envoy be expelled.",
])
def test_a_government_deciding_an_expulsion_acts(text):
    assert made_up_rows(text) == {("RR", "FD", 1, "asserted")}


@pytest.mark.parametrize("text, count", [
    ("The Ruritanian parliament resolved that the Freedonian envoy be expelled.", 1),
    ("The Ruritanian parliament decided that the Freedonian envoy be expelled.", 1),
    ("The Ruritanian parliament resolved that the Freedonian envoy leave the country.", 1),
    ("Ruritania's parliament resolved that two Freedonian diplomats be declared persona non grata.", 2),
])
def test_a_parliaments_resolution_is_a_demand(text, count):
    rows = made_up_rows(text)
    assert rows and all(m == "demand" for *_, m in rows) and {n for _, _, n, _ in rows} == {count}


@pytest.mark.parametrize("text", [
    "Ruritania ruled that the Freedonian attache could stay.",
    "Ruritania decided that the Freedonian attache would leave on Friday.",
    "Ruritania resolved that trade with Freedonia be suspended.",
    "Ruritania decided that its ambassador leave Freedonia at once.",
])
def test_no_leaving_decided(text):
    assert {m for *_, m in made_up_rows(text)} <= {"hypothetical", "negated", "demand"}


def test_a_decision_denied_is_no_order():
    assert made_up_rows("Ruritania did not decree that the Freedonian attache leave the country.") == \
        {("RR", "FD", 1, "negated")}
