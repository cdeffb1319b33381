""""Of the 40 Freedonian diplomats in Strelsau, Ruritania expelled 12 on Monday": a bare number as the verb's subject
or object, after an "of" phrase that opens the sentence on the same verb, is that many of the people the phrase
names (not all of them, and no count of the people of an expulsion told before); people who are no diplomats stay no
event (sentences written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("Of the 40 Freedonian diplomats in Strelsau, Ruritania expelled 12 on Monday.", {("RR", "FD", 12)}),
    ("Of the 40 Freedonian diplomats in Strelsau, 12 were ordered to leave.", {("RR", "FD", 12)}),
    ("Of the 40 Freedonian diplomats in Strelsau, Ruritania expelled 12 and Graustark 3.",
     {("RR", "FD", 12), ("GK", "FD", 3)}),
])
def test_a_bare_number_after_a_fronted_of_phrase_is_that_many_of_its_people(text, want):
    assert asserted(text) == want


def test_a_fronted_of_phrase_of_no_diplomats_gives_no_event():
    assert asserted("Of the 40 Freedonian activists in Strelsau, Ruritania expelled 12 on Monday.") == set()
