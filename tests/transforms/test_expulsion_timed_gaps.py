"""States each with a time of their own after an expulsion with its time ("Ruritania expelled the Freedonian
ambassador in April 2022, Graustark in May and Syldavia in January 2023") did the same, each then; "did so" is a
follow as "did the same" is (sentences written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


def _asserted(text):
    return {r[:3] for r in made_up_rows(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text", [
    "Ruritania expelled the Freedonian ambassador in April 2022, Graustark in May and Syldavia in January 2023.",
    "Ruritania expelled the Freedonian ambassador in April 2022, Graustark in May, and Syldavia in 2023.",
])
def test_states_with_times_of_their_own_expelled_the_same_envoy(text):
    assert _asserted(text) == {("RR", "FD", 1), ("GK", "FD", 1), ("SV", "FD", 1)}


def test_states_with_times_after_a_counted_expulsion_expelled_as_many_as_not_told():
    text = "Ruritania expelled ten Freedonian diplomats in April 2022, Graustark in May and Syldavia in 2023."
    assert _asserted(text) == {("RR", "FD", 10), ("GK", "FD", None), ("SV", "FD", None)}


def test_a_state_with_no_time_of_its_own_is_no_gapped_item():
    assert _asserted("Ruritania expelled the Freedonian ambassador in April 2022, Graustark said.") == \
        {("RR", "FD", 1)}


def test_did_so_follows_the_expulsion_told_before():
    text = "Ruritania expelled the Freedonian ambassador in April 2022, and Graustark did so in May."
    assert _asserted(text) == {("RR", "FD", 1), ("GK", "FD", 1)}


def test_refusing_to_do_so_is_no_expulsion():
    text = "Ruritania expelled three Freedonian diplomats, and Graustark refused to do so."
    assert _asserted(text) == {("RR", "FD", 3)}
