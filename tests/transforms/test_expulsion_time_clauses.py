"""An expulsion told in a clause of time or cause in the past is a fact, whatever the main clause
demands or doubts ("India demanded parity after Ottawa expelled a diplomat"); made-up articles about
made-up states, parsed by the project's real spaCy model (transforms/expulsions/modality.py)."""
import pytest

from tests.expulsions_helpers import made_up_rows


def rows(text):
    return {(a, b, n, m) for a, b, n, m in made_up_rows(text)}


@pytest.mark.parametrize("text, want", [
    ("Freedonia had demanded parity in diplomatic numbers after Ruritania expelled a senior Freedonian diplomat.",
     {("RR", "FD", 1, "asserted")}),
    ("Freedonia may cut trade since Ruritania expelled two Freedonian diplomats in May.",
     {("RR", "FD", 2, "asserted")}),
    # the clause's own verb still decides: a time clause of what is still to come is no fact
    ("Freedonia will protest if Ruritania expels two Freedonian diplomats.", {("RR", "FD", 2, "hypothetical")}),
    ("Freedonia demanded that Ruritania expel two diplomats after the trial.", {("RR", None, 2, "demand")}),
])
def test_a_past_clause_of_time_or_cause_is_a_fact(text, want):
    assert rows(text) == want
