"""A perfect that says a state has expelled diplomats "before" or "in the past" ("Ruritania has expelled senior
diplomats before", "has expelled Freedonian diplomats in the past") tells a precedent on some occasions, not one
expulsion: a tally over time (aggregate), like a perfect "since 1965". A time of its own ("before the vote", "in the
past week") or a past tense leaves the expulsion told. Made-up sentences about made-up states, read with the
project's spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"}


@pytest.mark.parametrize("text", [
    "There have been calls for Ruritania to expel the Freedonian ambassador. Ruritania has expelled senior diplomats "
    "before.",
    "Ruritania has expelled Freedonian diplomats in the past.",
    "Ruritania had expelled two Freedonian diplomats before, so the move surprised no one.",
    "Freedonian diplomats have been expelled by Ruritania in the past.",
])
def test_a_precedent_is_no_one_expulsion(text):
    assert asserted(text) == set()


@pytest.mark.parametrize("text, want", [
    ("Ruritania has expelled two Freedonian diplomats in the past week.", {("RR", "FD", 2)}),
    ("Ruritania had expelled two Freedonian diplomats before the vote.", {("RR", "FD", 2)}),
    ("Ruritania has expelled two Freedonian diplomats.", {("RR", "FD", 2)}),
])
def test_an_expulsion_with_its_own_time_stays(text, want):
    assert asserted(text) == want
