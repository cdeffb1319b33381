"""A leaving allowed only with a leave given ("must leave the capital only with permission", "may not leave
Strelsau without the ministry's approval") is a rule of movement, no order to go; an order to leave stays one,
also where the leave is for coming back (sentences written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Freedonian diplomats must leave the capital only with permission, Ruritania said.",
    "Ruritania said Syldavian diplomats must not leave Strelsau without the ministry's permission.",
    "Under the new rules, Graustarkian diplomats will have to leave Klow only with prior approval of the foreign "
    "ministry.",
])
def test_leaving_by_leave_given_is_no_expulsion(text):
    assert not made_up_rows(text)


@pytest.mark.parametrize("text, want", [
    ("Ruritania ordered Freedonian diplomats to leave the capital without permission to return.",
     {("RR", "FD", None)}),
    ("Ruritania ordered two Freedonian diplomats to leave the country within 48 hours.", {("RR", "FD", 2)}),
    ("Freedonian diplomats must leave Ruritania, the government said.", {("RR", "FD", None)}),
])
def test_orders_to_leave_stay(text, want):
    assert {r[:3] for r in made_up_rows(text) if r[3] == "asserted"} == want
