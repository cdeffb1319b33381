"""Uncounted people, then a dash and a bare number that stands for them ("expels Freedonian diplomats - 23 have a
week to leave"): the number counts them; a number with a noun of its own ("48 hours") or a year does not.
Made-up sentences about made-up states, parsed by the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows as rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


@pytest.mark.parametrize("text", [
    "Ruritania expels Freedonian diplomats \u2013 23 have a week to leave.",
    "Ruritania expels Freedonian diplomats \u2013 23 given one week to leave the country.",
])
def test_a_bare_number_after_a_dash_counts_the_people_before_it(text):
    assert asserted(text) == {("RR", "FD", 23)}


@pytest.mark.parametrize("text", [
    "Ruritania expels Freedonian diplomats \u2013 48 hours to leave.",
    "Ruritania expels Freedonian diplomats \u2013 2018 report.",
])
def test_a_number_of_something_else_or_a_year_counts_no_one(text):
    assert asserted(text) == {("RR", "FD", None)}
