"""A subject that names many states at once ("the West", "the international community", "the Western world", "the
Eastern bloc") is no one state: its expulsion is a sum over several (aggregate), never given to the state the story
named before. Made-up sentences about made-up states, read with the project's spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows


def rows(text):
    return {(a, b, n, m) for a, b, n, m in made_up_rows(text)}


@pytest.mark.parametrize("text", [
    "Graustark expelled the Freedonian ambassador on Monday. In 2018 the West expelled more than 100 Freedonian "
    "diplomats.",
    "Graustark expelled the Freedonian ambassador on Monday. That was the largest expulsion since 2018, after the West "
    "expelled more than 100 Freedonian diplomats at the urging of Strelsau.",
    "Graustark expelled the Freedonian ambassador. In 2018 the international community expelled 100 Freedonian "
    "diplomats.",
    "Graustark expelled the Freedonian ambassador. In 2018 the Western world expelled 100 Freedonian diplomats.",
])
def test_many_states_at_once_are_a_sum(text):
    assert {r for r in rows(text) if r[3] == "asserted"} == {("GK", "FD", 1, "asserted")}
    assert (None, "FD", 100, "aggregate") in rows(text)


@pytest.mark.parametrize("text, want", [
    ("Graustark expelled the Freedonian ambassador. The Eastern bloc expelled 100 Graustarkian diplomats in return.",
     {("GK", "FD", 1)}),
])
def test_a_bloc_is_no_one_state(text, want):
    assert {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"} == want


@pytest.mark.parametrize("text, want", [
    ("Ruritania, a state of the West, expelled two Freedonian diplomats.", {("RR", "FD", 2)}),
    ("Graustark expelled two Freedonian diplomats, and the Western alliance welcomed it.", {("GK", "FD", 2)}),
])
def test_one_state_stays(text, want):
    assert {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"} == want
