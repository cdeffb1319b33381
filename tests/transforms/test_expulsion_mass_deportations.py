"""People named by a nationality alone and deported by the thousand are migrants, in any story: a story of a mass
deportation that quotes an envoy ("Ambassador Jon Doe denounced the campaign") names a diplomat, but no state sends
a thousand diplomats home at once. Fewer, in a story of diplomats, may still be some. Sentences written for these
tests."""
import re

import pytest

from tests.expulsions_helpers import MADE_UP, READING_NAMES, made_up_events
from transforms.expulsions import grammar as g

NAMES = dict(READING_NAMES, Freedonians=("FD", "norp"))


def asserted(nlp, text):
    found = [(m.start(), m.end(), *NAMES[m.group()]) for m in
             re.finditer(r"\b(" + "|".join(sorted(NAMES, key=len, reverse=True)) + r")\b", text)]
    states = g.States(found, diplomatic=True, names_diplomats=True)   # a story that names diplomats
    return [(r.actor, r.expelled, r.count) for r in g.read_sentence(nlp(text)[:], states)
            if r.has_object and not r.other_sense and r.modality == g.ASSERTED]


@pytest.mark.parametrize("text", [
    "Ruritania said it had repatriated or deported almost 11,000 Freedonians in a week.",
    "Ruritania has deported more than 2,500 Freedonians since January.",
    "The deportation of 4,000 Freedonians by Ruritania was condemned in Fredville.",
])
def test_nationals_deported_by_the_thousand_are_migrants_in_any_story(nlp, text):
    assert asserted(nlp, text) == []


@pytest.mark.parametrize("text, want", [
    ("Ruritania deported 105 Freedonians accused of spying.", ("RR", "FD", 105)),
    ("Ruritania deported 1,200 Freedonian diplomats and their families.", ("RR", "FD", 1200)),
])
def test_fewer_nationals_or_diplomats_by_their_own_word_stay(nlp, text, want):
    assert want in asserted(nlp, text)


MIGRANTS = dict(MADE_UP, Ruritanians=("RR", "NORP", False))


def test_a_mass_deportation_story_that_quotes_an_ambassador_has_no_expulsion():
    text = ("Freedonia announced this week that it had repatriated or deported almost 11,000 Ruritanians as part "
            "of a plan to curb migration. On Tuesday, Ruritania's envoy to the regional body, Ambassador Jon Doe, "
            "denounced the campaign.")
    assert [(e.expelling_country, e.expelled_country) for e in made_up_events(text, names=MIGRANTS)
            if e.modality == "asserted"] == []


def test_diplomats_expelled_in_the_same_story_stay():
    text = ("Freedonia deported almost 11,000 Ruritanians this year. On Tuesday it also expelled two Ruritanian "
            "diplomats, Ambassador Jon Doe said.")
    got = {(e.expelling_country, e.expelled_country, e.count) for e in made_up_events(text, names=MIGRANTS)
           if e.modality == "asserted"}
    assert got == {("FD", "RR", 2)}
