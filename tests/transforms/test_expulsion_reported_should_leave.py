"""A reported "should/must leave" is the host's order only when the one who says it speaks for the host: the state,
its capital, its government or a minister, or a spokesman for one ("The Ruritanian foreign ministry said the
Freedonian ambassador must leave within 48 hours"). A newspaper, an opposition leader or protesters of the host's
nationality ask it; they order no one out (grammar._reported_by_others). Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "A Ruritanian newspaper said the Freedonian ambassador should leave the country.",
    "The Ruritanian opposition leader said the Freedonian ambassador must leave the country.",
    "Ruritanian protesters said the Freedonian ambassador should leave the country.",
])
def test_others_of_the_host_s_nationality_saying_the_envoy_should_leave_order_nothing(text):
    assert "asserted" not in {r[3] for r in made_up_rows(text)}


@pytest.mark.parametrize("text", [
    "The Ruritanian foreign ministry said the Freedonian ambassador must leave within 48 hours.",
    "The Ruritanian government said the Freedonian ambassador must leave the country.",
    "The Ruritanian president said the Freedonian ambassador should leave the country.",
    "Ruritania said the Freedonian ambassador must leave the country.",
    "A spokesman for the Ruritanian government said the Freedonian ambassador must leave the country.",
])
def test_the_host_saying_its_guest_must_leave_orders_him_out(text):
    assert made_up_rows(text) == {("RR", "FD", 1, "asserted")}
