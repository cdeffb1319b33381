"""Shapes of wire copy the extractor must read the way a reader does (made-up sentences, parsed by the
project's real spaCy model): a state demanding the departure of diplomats orders it; each other's
ambassadors are one each way."""
import pytest

from tests.transforms.test_expulsion_anaphora import events


@pytest.mark.parametrize("text, want", [
    ("Ruritania demanded the departure of four Freedonian diplomats on Thursday.", {("RR", "FD", 4)}),
    ("The Ruritanian government demanded the withdrawal of two Freedonian diplomats.", {("RR", "FD", 2)}),
])
def test_a_state_demanding_the_departure_of_diplomats_orders_it(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text", [
    # a demand on someone else to expel, or by people who are no state, is no expulsion
    "Protesters demanded the departure of the Freedonian ambassador on Thursday.",
    "Ruritania demanded that Freedonia expel two Ruritanian diplomats.",
    "Ruritania called for the expulsion of four Freedonian diplomats.",
])
def test_a_demand_that_others_act_is_no_expulsion(text):
    assert events(text) == set()


def test_each_others_ambassadors_are_one_each_way():
    assert events("Ruritania and Freedonia expelled each other's ambassadors on Monday.") == \
        {("RR", "FD", 1), ("FD", "RR", 1)}


@pytest.mark.parametrize("text, want", [
    ("Ruritania booted out a Freedonian diplomat on Tuesday.", {("RR", "FD", 1)}),
    ("Ruritania turfed out two Freedonian diplomats over the affair.", {("RR", "FD", 2)}),
    ("The Ruritanian club booted out two Freedonian players.", set()),
])
def test_booted_and_turfed_out(text, want):
    assert events(text) == want
