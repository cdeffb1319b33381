"""A state, or one who holds its office, that demands that diplomats leave its own country orders them out, with
the leaving said as "leave" or "get out of" ("Minister Lloyd demanded that the two Freedonian air attaches get out
of Ruritania"); a demand by anyone else ("Lawmakers demanded that ... leave Ruritania") stays a demand, though
the country left names the state (sentences written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Minister Weiss demanded that the two Freedonian air attaches get out of Ruritania within ten days.",
    "Ruritania demanded that the two Freedonian air attaches get out of the country within ten days.",
    "Ruritania demanded that the two Freedonian air attaches leave the country within ten days.",
])
def test_the_state_or_its_minister_demanding_they_leave_orders_them_out(text):
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == {("RR", "FD", 2, "asserted")}


@pytest.mark.parametrize("text", [
    "Lawmakers demanded that the two Freedonian air attaches leave Ruritania.",
    "Lawmakers demanded that the two Freedonian air attaches get out of Ruritania.",
])
def test_a_demand_by_anyone_else_stays_a_demand(text):
    assert not [r for r in made_up_rows(text) if r[3] == "asserted"]
