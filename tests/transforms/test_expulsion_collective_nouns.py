"""Nouns that gather people without counting them ("a list of", "a batch of", "a group of"): the people are
the object of their "of", and the "a" before the collective noun is no headcount of one. Made-up sentences about
made-up states, parsed by the project's real spaCy model; made_up_news xa01-xa02 run the same shape end to end."""
import pytest

from tests.expulsions_helpers import made_up_rows as rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


@pytest.mark.parametrize("text", [
    "Ruritania declared a list of Freedonian diplomats persona non grata.",
    "The Ruritanian foreign ministry summoned a senior diplomat of the Freedonian embassy on Monday and declared "
    "a list of Freedonian diplomats persona non grata.",
    "Ruritania expelled a batch of Freedonian diplomats on Monday.",
])
def test_a_list_of_people_is_no_headcount_of_one(text):
    assert asserted(text) == {("RR", "FD", None)}


def test_a_counted_list_keeps_its_count():
    assert asserted("Ruritania handed the Freedonian ambassador a list of 14 diplomats who must leave within a week.") \
        == {("RR", "FD", 14)}


def test_the_quartet_is_the_four_named_before():
    text = "Ruritania expelled the Freedonian ambassador and three other diplomats. The ministry declared the " \
           "quartet persona non grata."
    assert {r for r in rows(text) if r[3] == "asserted"} == {("RR", "FD", 4, "asserted")}
