"""A course a state turns from is not done: "decided against expelling", "backed away from expelling", "pulled back
from", "backed down from", "changed its mind about expelling", "had a change of heart about expelling", "did an
about-face (a U-turn) on expelling" (patterns/grammar.json negating_phrasal_governors; the particle a preposition with
the act under it, or an adverb or the object "mind", "change", "face", "turn" with the act under the verb's "from",
"against", "about", "on", "over" or "of": denials.negating_phrasal); a plan or threat undone ("abandoned plans to
expel", "dropped a plan to expel", "scrapped its threat to expel": undoing_verbs on undone_courses) is negated too,
and one not undone ("refused to abandon its plan to expel") stays the plan it was. Found probing the near misses of
the fresh set evneg30 (a president who "backed down from his threat to expel 10 Western ambassadors") with made-up
sentences about made-up states, parsed by the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_modalities as modalities, made_up_rows as rows


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


@pytest.mark.parametrize("text", [
    "Ruritania had a change of heart about expelling the Freedonian ambassador.",
    "Ruritania did an about-face on expelling the Freedonian ambassador.",
    "Ruritania did a U-turn on expelling the Freedonian ambassador.",
    "Ruritania reversed its decision to expel the Freedonian ambassador.",
    "Ruritania abandoned plans to expel the Freedonian ambassador.",
    "Ruritania dropped a plan to expel the Freedonian ambassador.",
    "Ruritania scrapped its threat to expel two Freedonian diplomats.",
])
def test_a_course_reversed_or_a_plan_abandoned_is_negated(text):
    assert modalities(text) == {"negated"}


@pytest.mark.parametrize("text, want", [
    ("Ruritania decided against the advice of its ministers to expel the Freedonian ambassador.", {("RR", "FD", 1)}),
    ("Ruritania stepped back from the brink by expelling only two Freedonian diplomats.", {("RR", "FD", 2)}),
    ("Ruritania expelled the Freedonian ambassador after Freedonia backed down from its demands.", {("RR", "FD", 1)}),
    ("Freedonia backed down, and Ruritania expelled the Freedonian ambassador.", {("RR", "FD", 1)}),
    ("Ruritania reversed its earlier refusal and expelled two Freedonian diplomats.", {("RR", "FD", 2)}),
    ("Ruritania did an about-face and expelled two Freedonian diplomats.", {("RR", "FD", 2)}),
    ("Ruritania had a change of heart and expelled two Freedonian diplomats.", {("RR", "FD", 2)}),
    ("Ruritania had a change of government before expelling two Freedonian diplomats.", {("RR", "FD", 2)}),
    ("Ruritania abandoned its neutrality and expelled two Freedonian diplomats.", {("RR", "FD", 2)}),
    ("Ruritania expelled two Freedonian diplomats after Freedonia abandoned plans for talks.", {("RR", "FD", 2)}),
])
def test_the_words_elsewhere_in_the_sentence_leave_the_expulsion_done(text, want):
    assert asserted(text) == want


def test_a_plan_not_abandoned_stays_a_plan():
    assert modalities("Ruritania refused to abandon its plan to expel two Freedonian diplomats.") == {"hypothetical"}
