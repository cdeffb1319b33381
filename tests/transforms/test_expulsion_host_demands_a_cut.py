""""Ruritania demanded that Freedonia cut its diplomatic staff in Ruritania by 30" (sentences written for these tests):
a state that demands that another state cut its own mission's staff, in the demander's land or no land named, orders
those people out as their host (host_demands.host_cut_demand); a demand by others, or on staff in a third state,
stays no host's order."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"}


@pytest.mark.parametrize("text, row", [
    ("Ruritania demanded that Freedonia cut its diplomatic staff in Ruritania by 30.", ("RR", "FD", 30)),
    ("Ruritania demanded that Freedonia cut the staff of its embassy in Strelsau by 20.", ("RR", "FD", 20)),
    ("Strelsau demanded that Fredville reduce its embassy staff by 12.", ("RR", "FD", 12)),
    # the order said as an order is read as before
    ("Ruritania ordered Freedonia to cut its diplomatic staff in Ruritania by 30.", ("RR", "FD", 30)),
])
def test_a_host_demanding_a_cut_orders_it(text, row):
    assert asserted(text) == {row}


@pytest.mark.parametrize("text", [
    # staff in a third state: not the demander's guests
    "Ruritania demanded that Freedonia cut the staff of its embassy in Klow by 20.",
    # no state demands it
    "Opposition lawmakers demanded that Freedonia cut its embassy staff in Strelsau by 20.",
])
def test_other_demands_are_no_order(text):
    assert asserted(text) == set()
