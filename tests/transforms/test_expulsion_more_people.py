""""Two more were ordered out": more people of the kind the story told of just before, expelled in an order of
their own (a separate event, by the same state, of the same nationality). Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania expelled a Freedonian diplomat on Monday, and two more were ordered out a day later.",
    "Ruritania expelled a Freedonian diplomat on Monday. Two more were expelled on Tuesday.",
    "A Freedonian diplomat was expelled by Ruritania on Monday, and two more were told to leave on Tuesday.",
])
def test_two_more_are_a_second_order_of_the_same_people(text):
    assert made_up_rows(text) == {("RR", "FD", 1, "asserted"), ("RR", "FD", 2, "asserted")}


def test_more_of_something_else_is_no_expulsion():
    assert made_up_rows("Ruritania expelled a Freedonian diplomat on Monday. Two more were arrested on Tuesday.") == \
        {("RR", "FD", 1, "asserted")}
