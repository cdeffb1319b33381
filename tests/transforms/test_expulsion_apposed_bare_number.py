""""Ruritania, expelling the largest number of Freedonian diplomats, 60, led the response": a bare number set beside
plural people (or "the number of" them) that have no number of their own counts them; a person's age beside one
person, a year, or a number of a part ("two of them ...") counts no one expelled (sentences written for these tests,
about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_events


def asserted(text):
    return {(e.expelling_country, e.expelled_country, e.count, e.at_least) for e in made_up_events(text)
            if e.modality == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("Ruritania, expelling the largest number of Freedonian diplomats, 60, led the response.",
     {("RR", "FD", 60, False)}),
    ("Ruritania expelled the largest number of Freedonian diplomats, 60, on Monday.", {("RR", "FD", 60, False)}),
    ("Ruritania expelled the most Freedonian diplomats, 60, on Monday.", {("RR", "FD", 60, False)}),
    ("Ruritania expelled the largest number of Freedonian diplomats, more than 60.", {("RR", "FD", 60, True)}),
])
def test_a_bare_number_beside_the_people_counts_them(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text, want", [
    # an age beside one person
    ("Ruritania expelled the Freedonian ambassador, 60, on Monday.", {("RR", "FD", 1, False)}),
    # a year is no headcount
    ("Ruritania expelled the Freedonian diplomats, 1983, on Monday.", {("RR", "FD", None, False)}),
    # a number of some of them ("two of them") beside the people: a part, not all
    ("Ruritania expelled the Freedonian diplomats, two of them military attaches, on Monday.",
     {("RR", "FD", None, False)}),
    # no number beside them
    ("Ruritania expelled the largest number of Freedonian diplomats on Monday.", {("RR", "FD", None, False)}),
])
def test_an_age_a_year_a_part_or_no_number_beside_them_is_no_headcount(text, want):
    assert asserted(text) == want
