"""Two near misses of commentary: an expulsion told as what happens "every time" or "each time" something else does
is a habit, no one expulsion (habits._each_time, as "whenever"); people put out of a body or a gathering ("expelled
from a university course in Fredville", "expelled two diplomats from a meeting", "the expulsion of two diplomats
from the conference") are expelled in another sense (places.body_left; patterns/grammar.json bodies_left).
Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows

_BEFORE = "Ruritania expelled 35 Freedonian diplomats in December. "


def _asserted(text):
    return {r[:3] for r in made_up_rows(_BEFORE + text) if r[3] == "asserted"}


@pytest.mark.parametrize("text", [
    "Freedonia expels two Ruritanian diplomats every time relations worsen.",
    "Each time relations worsen, Freedonia expels two Ruritanian diplomats.",
    "Freedonia expelled two Ruritanian diplomats each time relations worsened.",
    "Two Ruritanian diplomats were expelled from a university course in Fredville.",
    "Freedonia expelled two Ruritanian diplomats from a meeting in Fredville.",
    "Freedonia announced the expulsion of two Ruritanian diplomats from the conference.",
])
def test_no_expulsion_of_diplomats_by_a_state_is_told(text):
    assert _asserted(text) == {("RR", "FD", 35)}


@pytest.mark.parametrize("text", [
    "This time Freedonia expelled two Ruritanian diplomats.",
    "Freedonia expelled two Ruritanian diplomats for the second time this year.",
    "Freedonia expelled two Ruritanian diplomats from Fredville.",
    "Freedonia expelled two Ruritanian diplomats from the country.",
    "Freedonia expelled two diplomats from the Ruritanian embassy.",
])
def test_one_expulsion_of_diplomats_is_told(text):
    assert _asserted(text) == {("RR", "FD", 35), ("FD", "RR", 2)}
