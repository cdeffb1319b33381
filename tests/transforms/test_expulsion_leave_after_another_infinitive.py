"""A "leave" with no subject of its own conjoined to the infinitive a deadline or an order is for ("have ten days to
settle their affairs and to leave", "given ten days to get their affairs in order and to depart") obeys what that
infinitive obeys (leave_orders.first_infinitive), as a leave right after the time did; a wish or a call on one's
own citizens to leave stays no expulsion. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Freedonia told the Ruritanian diplomats that they have ten days to get their affairs in order and leave the "
    "country.",
    "The Ruritanian diplomats have ten days to settle their affairs and to leave Freedonia.",
    "Freedonia has given the Ruritanian diplomats ten days to get their affairs in order and to depart.",
])
def test_a_leave_after_the_infinitive_a_deadline_is_for_is_an_expulsion(text):
    assert made_up_rows(text) == {("FD", "RR", None, "asserted")}


@pytest.mark.parametrize("text", [
    "The Ruritanian diplomats want to finish their work and to leave Freedonia.",
    "Freedonia urged its citizens to stock up on food and to leave Ruritania.",
])
def test_a_leave_after_an_infinitive_of_no_order_is_no_expulsion(text):
    assert not {r for r in made_up_rows(text) if r[3] == "asserted"}
