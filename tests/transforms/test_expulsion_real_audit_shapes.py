"""Shapes met in an audit of real expulsion stories (2009-2025 wire copy), each tested with made-up
sentences: a rank read as a count ("the No. 2 diplomat"), the people of "the three ... republics" (no one
state), "a decision to declare persona non grata ... three X diplomats" (an infinitive is active: the
decision is no person), "another X official" (one more expulsion, not a repeat) and a later sum of the
article's own expulsions (a recap, no third one)."""
import re

import pytest

from tests.transforms.test_expulsion_anaphora import STATES, state_mentions
from transforms.expulsions import extract_events
from transforms.expulsions.story import default_parse
from transforms.records import Sentence


def asserted(text, published="2022-05-01"):
    """The asserted events as a list, (expelling, expelled, count) in text order: repeats stay visible."""
    sentences = [Sentence(m.start(), m.end()) for m in re.finditer(r"(?:[^.]|\.(?= \d))+\.", text)]   # "No. 2"
    return [(e.expelling_country, e.expelled_country, e.count) for e in
            extract_events("a", text, published, sentences, state_mentions(text, STATES), default_parse)
            if e.modality == "asserted"]


@pytest.mark.parametrize("text", [
    "Ruritania is expelling the No. 2 diplomat at the Freedonian embassy in Strelsau.",
    "Ruritania said on Friday it was expelling the No 2 diplomat at the Freedonian embassy.",
    "Ruritania expelled the number two diplomat at the Freedonian embassy.",
])
def test_a_rank_before_a_diplomat_is_one_person(text):
    assert asserted(text) == [("RR", "FD", 1)]


def test_two_diplomats_are_still_two():
    assert asserted("Ruritania is expelling two diplomats at the Freedonian embassy.") == [("RR", "FD", 2)]


@pytest.mark.parametrize("text", [
    "Ruritania expelled two Freedonian diplomats in May. In a tit-for-tat move, Ruritania has also expelled "
    "ten diplomats from the three northern republics.",
    "Ruritania expelled two Freedonian diplomats in May. Ruritania later expelled six diplomats of the "
    "island kingdoms.",
])
def test_people_of_several_republics_are_no_one_state_s(text):
    # the story's one pair (Ruritania, Freedonia) does not name the people of several states
    assert asserted(text) == [("RR", "FD", 2)]


@pytest.mark.parametrize("text", [
    "The Freedonian foreign ministry said it considers \"deeply regrettable\" the Ruritanian government's "
    "decision to declare persona non grata and order to leave the country in two days three Freedonian diplomats.",
    "Freedonia expelled three Ruritanian diplomats last week. The Freedonian foreign ministry said it considers "
    "\"deeply regrettable\" the Ruritanian government's decision to declare persona non grata and order to leave "
    "the country in two days three Freedonian diplomats.",
])
def test_a_decision_to_declare_persona_non_grata_names_the_decider_not_the_people(text):
    got = asserted(text)
    assert ("RR", "FD", 3) in got
    assert not any(e[:2] == ("FD", "RR") and e[2] != 3 for e in got)   # never the decision's state expelled


def test_a_diplomat_declared_persona_non_grata_is_still_the_one_expelled():
    assert asserted("Ruritania said the Freedonian diplomat declared persona non grata must leave within "
                    "48 hours.") == [("RR", "FD", 1)]


def test_another_official_is_another_expulsion():
    text = ("Ruritania on Wednesday expelled a Freedonian official working at the Freedonian embassy. "
            "On May 13, Ruritania had expelled another Freedonian official for spying.")
    assert asserted(text) == [("RR", "FD", 1), ("RR", "FD", 1)]


def test_the_same_expulsion_told_twice_is_one():
    text = ("Ruritania on Wednesday expelled a Freedonian official working at the Freedonian embassy. "
            "In another sign of tension, Ruritania expelled the Freedonian official on charges of spying.")
    assert asserted(text) == [("RR", "FD", 1)]


def test_a_later_sum_of_the_article_s_expulsions_is_no_third_one():
    text = ("Ruritania on Wednesday expelled a Freedonian official working at the Freedonian embassy. "
            "On May 13, Ruritania had expelled another Freedonian official for spying. "
            "Ruritania's expulsion of two Freedonian staffers came as police pursued an inquiry.")
    assert asserted(text) == [("RR", "FD", 1), ("RR", "FD", 1)]


def test_a_larger_expulsion_after_two_single_ones_stays():
    text = ("Ruritania on Wednesday expelled a Freedonian official working at the Freedonian embassy. "
            "On May 13, Ruritania had expelled another Freedonian official for spying. "
            "On Friday Ruritania expelled three Freedonian diplomats.")
    assert asserted(text) == [("RR", "FD", 1), ("RR", "FD", 1), ("RR", "FD", 3)]
