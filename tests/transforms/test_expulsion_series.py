"""Expulsions told as one of many acts one after another (expellers.in_a_series; patterns/grammar.json series_nouns):
"the latest in a wave of Freedonian diplomats being expelled", "a spate of expulsions of Freedonian diplomats", with
no one named who expels, are a sum over the states that did them, never one state taken from the story. A state
named as doing the wave still expels. Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


def _asserted(text):
    return {r[:3] for r in made_up_rows(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text", [
    "This is the latest in a wave of Freedonian diplomats being expelled in retaliation for the poisoning. Freedonia "
    "has promised to respond by expelling Ruritanian diplomats.",
    "Freedonia has promised to answer by expelling Ruritanian diplomats. It follows a spate of expulsions of Freedonian "
    "diplomats in retaliation for the plot.",
])
def test_a_wave_of_expulsions_is_no_one_states_act(text):
    assert _asserted(text) == set()


def test_a_state_named_as_doing_the_wave_expels():
    assert _asserted("Ruritania has launched a wave of expulsions of Freedonian diplomats.") == {("RR", "FD", None)}
