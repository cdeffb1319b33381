"""People named by a nationality alone and deported, in a story that names no diplomat by a word of its own, are
migrants, not diplomats, even where an embassy speaks ("The United States has deported more than 300 Guatemalans
this month, the embassy said"); in a story of diplomats ("if Canada deported Russians", after Russian diplomats were
deported) they are some. Sentences written for these tests."""
import re

import pytest

from tests.expulsions_helpers import READING_NAMES
from transforms.expulsions import grammar as g

NAMES = dict(READING_NAMES, Freedonians=("FD", "norp"))


def asserted(nlp, text, names_diplomats):
    found = [(m.start(), m.end(), *NAMES[m.group()]) for m in
             re.finditer(r"\b(" + "|".join(sorted(NAMES, key=len, reverse=True)) + r")\b", text)]
    states = g.States(found, diplomatic=True, names_diplomats=names_diplomats)
    return [(r.actor, r.expelled, r.count) for r in g.read_sentence(nlp(text)[:], states)
            if r.has_object and not r.other_sense and r.modality == g.ASSERTED]


@pytest.mark.parametrize("text", [
    "Ruritania has deported more than 300 Freedonians this month, the Freedonian embassy said.",
    "The deportation of 40 Freedonians by Ruritania was criticised by the Freedonian embassy.",
])
def test_deported_nationals_in_a_story_of_no_diplomats_are_migrants(nlp, text):
    assert asserted(nlp, text, names_diplomats=False) == []
    assert asserted(nlp, text, names_diplomats=True) != []   # in a story of diplomats, some of them


@pytest.mark.parametrize("text, want", [
    ("Ruritania deported 23 Freedonian diplomats, the embassy said.", ("RR", "FD", 23)),
    ("Ruritania expelled 47 Freedonians accused of spying, the embassy said.", ("RR", "FD", 47)),
])
def test_deported_diplomats_and_expelled_nationals_stay(nlp, text, want):
    assert want in asserted(nlp, text, names_diplomats=False)


@pytest.mark.parametrize("text", [
    "Last week, Ruritania said it would deport 11 Freedonians held for suspected smuggling.",
    "Ruritania will deport the 30 Freedonians who were detained at the border last week.",
    "Ruritania deported 12 Freedonians arrested in a raid on a warehouse.",
])
def test_deported_nationals_told_as_held_are_detainees_in_any_story(nlp, text):
    assert asserted(nlp, text, names_diplomats=True) == []   # a diplomat is not held


@pytest.mark.parametrize("text, want", [
    ("Ruritania deported 11 Freedonian diplomats accused of spying.", ("RR", "FD", 11)),
    ("Ruritania deported 11 Freedonians accused of spying.", ("RR", "FD", 11)),
])
def test_deported_people_not_told_as_held_stay_in_a_story_of_diplomats(nlp, text, want):
    assert want in asserted(nlp, text, names_diplomats=True)
