"""A course a state turns from is not done: "decided against expelling", "backed away from expelling", "pulled back
from", "backed down from", "changed its mind about expelling" (patterns/grammar.json negating_phrasal_governors; the
particle a preposition with the act under it, or an adverb or the object "mind" with the act under the verb's "from",
"against", "about", "on", "over" or "of": denials.negating_phrasal). Found probing the near misses of the fresh set
evneg30 (a president who "backed down from his threat to expel 10 Western ambassadors") with made-up sentences
about made-up states, parsed by the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows as rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


@pytest.mark.parametrize("text", [
    "Ruritania decided against expelling the Freedonian ambassador.",
    "Ruritania backed away from expelling the Freedonian ambassador.",
    "Ruritania pulled back from expelling the Freedonian ambassador.",
    "Ruritania backed down from expelling the Freedonian ambassador.",
    "Ruritania changed its mind about expelling the Freedonian ambassador.",
])
def test_a_course_turned_from_is_no_expulsion(text):
    assert asserted(text) == set()


@pytest.mark.parametrize("text, want", [
    ("Ruritania decided against the advice of its ministers to expel the Freedonian ambassador.", {("RR", "FD", 1)}),
    ("Ruritania stepped back from the brink by expelling only two Freedonian diplomats.", {("RR", "FD", 2)}),
    ("Ruritania expelled the Freedonian ambassador after Freedonia backed down from its demands.", {("RR", "FD", 1)}),
    ("Freedonia backed down, and Ruritania expelled the Freedonian ambassador.", {("RR", "FD", 1)}),
])
def test_the_words_elsewhere_in_the_sentence_leave_the_expulsion_done(text, want):
    assert asserted(text) == want
