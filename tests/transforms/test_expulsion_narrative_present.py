"""Timelines and headlines tell what was done in the present simple ("1985 - Britain expels 25 Soviet officials;
Moscow responds in kind", "Latvia follows suit"): an answer in kind or a follow told so is done, as an expulsion
told so is. A habit, a future or a progressive is not (sentences written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {r[:3] for r in made_up_rows(text, "1990-01-01", sentence=r"[^.]+\.") if r[3] == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("1985 - Ruritania expels 11 Freedonian diplomats; Freedonia responds in kind.",
     {("RR", "FD", 11), ("FD", "RR", None)}),
    ("1985 - Ruritania expels 11 Freedonian diplomats; Graustark follows suit.", {("RR", "FD", 11), ("GK", "FD", None)}),
])
def test_an_answer_or_a_follow_told_in_the_present_simple_is_done(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text", [
    "Ruritania expelled 11 Freedonian diplomats; Freedonia routinely responds in kind.",
    "Ruritania expelled 11 Freedonian diplomats; Freedonia will respond in kind.",
    "Ruritania expelled 11 Freedonian diplomats; Graustark is following suit.",
])
def test_a_habit_a_future_or_a_progressive_is_not(text):
    assert asserted(text) == {("RR", "FD", 11)}
