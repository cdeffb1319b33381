"""A pronoun or "the men" pointing into the sentence before takes that sentence's people and state
(transforms/expulsions/anaphora.py); made-up articles parsed by the project's real spaCy model."""
import re

import pytest

from transforms.expulsions import extract_events
from transforms.expulsions.story import default_parse
from transforms.records import Mention, Sentence

STATES = {"ruritania": ("RR", "COUNTRY"), "freedonia": ("FD", "COUNTRY"), "ruritanian": ("RR", "NORP"),
          "freedonian": ("FD", "NORP"), "strelsau": ("RR", "CITY")}


def state_mentions(text, states=STATES):
    """The mentions of `states` in `text`, as the resolver would give them (a nationality acts for no one)."""
    mentions = []
    for m in re.finditer(r"\b(" + "|".join(states) + r")\b", text, re.I):
        code, kind = states[m.group().lower()]
        label = {"NORP": "NORP", "CITY": "GPE"}.get(kind, "GPE")
        mentions.append(Mention("a", m.start(), m.end(), m.group(), label, kind, country_code=code,
                                acts_for=None if kind == "NORP" else code))
    return mentions


def asserted_events(text, mentions, published="1982-05-01"):
    """(expelling, expelled, count) of the asserted events the extractor, with the parse, reads in `text`."""
    sentences = [Sentence(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]
    return {(e.expelling_country, e.expelled_country, e.count) for e in
            extract_events("a", text, published, sentences, mentions, default_parse) if e.modality == "asserted"}


def events(text):
    return asserted_events(text, state_mentions(text))


@pytest.mark.parametrize("text, want", [
    # the people in one sentence, the order to leave in the next; "the country" is the dateline's
    ("STRELSAU - Three Freedonian diplomats were summoned to the foreign ministry on Monday. "
     "They were given a week to leave the country.", {("RR", "FD", 3)}),
    # "It" is the state the sentence before is about, "him" the one diplomat it names
    ("The Ruritanian Foreign Ministry said a Freedonian diplomat had been caught photographing a base. "
     "It ordered him to leave the country within 48 hours.", {("RR", "FD", 1)}),
    ("The Ruritanian government accused the Freedonian ambassador of meddling in its affairs. "
     "On Monday it declared him persona non grata.", {("RR", "FD", 1)}),
    # "the men" declared persona non grata, as the speaker's state says
    ("Two Freedonian diplomats were accused on Tuesday of espionage. "
     "The Ruritanian foreign ministry said the men had been declared persona non grata.", {("RR", "FD", 2)}),
    # "to leave" hung on the time given
    ("STRELSAU - The Freedonian ambassador was summoned to the foreign ministry on Monday. "
     "He was given 24 hours to leave the country.", {("RR", "FD", 1)}),
    # the officials who speak are not the people spoken of
    ("Ruritanian officials said two Freedonian diplomats had been caught spying. Ruritania expelled them on Friday.",
     {("RR", "FD", 2)}),
    # "the kingdom": the state the sentence before is about
    ("Ruritania recalled its ambassador from Freedonia on Monday. "
     "The kingdom also gave the Freedonian ambassador 24 hours to leave the country.", {("RR", "FD", 1)}),
])
def test_people_and_state_named_in_the_sentence_before(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text", [
    # not diplomats
    "STRELSAU - Three Freedonian migrants were detained on Monday. They were given a week to leave the country.",
    # "he" is not one of two
    "STRELSAU - Two Freedonian diplomats were summoned on Monday. He was given a week to leave the country.",
    # two nationalities: whose people "they" are is not said
    "STRELSAU - Two Freedonian and three Ruritanian diplomats met on Monday. "
    "They were given a week to leave the country.",
    # a room or a meeting is not the country
    "STRELSAU - The Freedonian ambassador was summoned on Monday. He was given an hour to leave the meeting.",
    # no dateline and no state before: who orders them out is not said
    "Three Freedonian diplomats were summoned on Monday. They were given a week to leave the country.",
])
def test_a_pronoun_without_diplomats_of_one_nationality_before_gives_no_event(text):
    assert events(text) == set()


def test_the_state_they_must_leave_acts_when_the_government_is_unnamed():
    # the subject before is people, not a state: the country they must leave orders them out
    text = ("Three Freedonian diplomats were detained in Strelsau on Sunday. "
            "The government ordered them to leave Ruritania within 72 hours.")
    assert events(text) == {("RR", "FD", 3)}


def test_the_same_number_is_the_count_told_in_the_sentence_before():
    text = ("Ruritania expelled 45 Freedonian diplomats on Wednesday. "
            "Freedonia responded on Friday, expelling the same number of Ruritanian diplomats.")
    assert events(text) == {("RR", "FD", 45), ("FD", "RR", 45)}
