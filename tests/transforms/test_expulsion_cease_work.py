"""An order to a mission to cease its work is a closure, not an expulsion ("ordered the Freedonian embassy to cease its
work"); an order to diplomats to cease their work and leave is an expulsion of them, counted ("ordered the two
Freedonian attachés to cease their work in Ruritania and leave": two), and an order only to cease work expels no one.
Documents what the extractor already reads (made-up sentences about made-up states, read with the project's spaCy
model)."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"}


@pytest.mark.parametrize("text", [
    "Ruritania ordered the Freedonian embassy to cease its work.",
    "Ruritania ordered the Freedonian embassy in Strelsau to cease its work and close.",
    "Ruritania ordered the Freedonian consulate to cease operations.",
    "The Freedonian embassy was ordered to cease its work by Ruritania.",
    "Ruritania ordered the two Freedonian attachés to cease their work.",
])
def test_an_order_to_cease_work_alone_is_no_expulsion(text):
    assert asserted(text) == set()


@pytest.mark.parametrize("text, want", [
    ("Ruritania ordered the two Freedonian attachés to cease their work in Ruritania and leave.", {("RR", "FD", 2)}),
    ("Ruritania ordered two Freedonian attachés to cease their work and leave the country.", {("RR", "FD", 2)}),
    ("The two Freedonian attachés were ordered to cease their work and leave Ruritania.", {("RR", "FD", 2)}),
    ("Ruritania ordered the Freedonian military attaché, Colonel Hans Muller, to cease his work and leave.",
     {("RR", "FD", 1)}),
])
def test_an_order_to_cease_work_and_leave_expels_the_people_told(text, want):
    assert asserted(text) == want
