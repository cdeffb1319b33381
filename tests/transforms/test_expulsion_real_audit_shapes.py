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


MORE_STATES = {**STATES, "sylvania": ("SV", "COUNTRY"), "sylvanian": ("SV", "NORP"), "borduria": ("BO", "COUNTRY"),
               "bordurian": ("BO", "NORP")}


def asserted_more(text, published="2022-05-01"):
    sentences = [Sentence(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]
    return [(e.expelling_country, e.expelled_country, e.count) for e in
            extract_events("a", text, published, sentences, state_mentions(text, MORE_STATES), default_parse)
            if e.modality == "asserted"]


@pytest.mark.parametrize("text", [
    "Ruritania has decided to expel ten diplomats of the northern states - three each from Freedonia and "
    "Sylvania and four from Borduria - in response to a similar move.",
    "In a tit-for-tat reaction, Ruritania has expelled ten diplomats from the three northern republics, "
    "including three each from Freedonia and Sylvania and four from Borduria.",
])
def test_a_total_then_its_breakdown_by_state(text):
    assert sorted(asserted_more(text)) == [("RR", "BO", 4), ("RR", "FD", 3), ("RR", "SV", 3)]


@pytest.mark.parametrize("text", [
    # the numbers do not add up to the total: no breakdown, no guess
    "Ruritania has expelled ten diplomats from the three northern republics, including three each from "
    "Freedonia and Sylvania.",
    # a state with no number of its own
    "Ruritania has expelled ten diplomats of the northern states - three from Freedonia and some from Borduria.",
])
def test_a_breakdown_that_does_not_add_up_gives_no_state(text):
    assert asserted_more(text) == []


def test_an_order_that_people_leave_read_as_a_relative_clause():
    text = ("A Ruritanian order that 21 Freedonian diplomats leave Ruritania came after the expulsion of three "
            "Ruritanian diplomats from Freedonia.")
    assert sorted(asserted_more(text)) == [("FD", "RR", 3), ("RR", "FD", 21)]


def test_people_ordered_expelled_from_a_state():
    text = "Nineteen of 20 Freedonian diplomats ordered expelled from Ruritania in reprisal for a raid left on Monday."
    assert asserted(text) == [("RR", "FD", 20)]


def test_a_capital_s_order_is_its_state_s():
    # two states have expelled Freedonians in the story: only the capital says whose order it is
    text = ("Sylvania expelled two Freedonian diplomats in May. Expulsions of diplomats have been frequent since "
            "the war, but Strelsau's order expelling 55 Freedonian diplomats on Tuesday was unprecedented.")
    assert asserted_more(text) == [("SV", "FD", 2), ("RR", "FD", 55)]


@pytest.mark.parametrize("text, want", [
    ("Eleven of 15 Freedonian diplomats accredited in Ruritania face a Friday deadline to leave the country, "
     "expelled because of a dispute over the election.", [("RR", "FD", 11)]),
    ("Two Freedonian diplomats posted to Ruritania were expelled on Monday.", [("RR", "FD", 2)]),
])
def test_the_state_the_expelled_serve_in_expels_them(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text", [
    "Sylvania and Borduria expelled the Freedonian ambassador on Saturday.",
    "The Sylvanian and Bordurian foreign ministries also protested, declaring the Freedonian ambassador "
    "undesirable and giving him 48 hours to leave the country.",
])
def test_states_that_expel_the_ambassador_each_expel_their_own(text):
    # one ambassador at each post: two states' expulsions, one each, never one state's or a sum
    assert sorted(asserted_more(text)) == [("BO", "FD", 1), ("SV", "FD", 1)]


@pytest.mark.parametrize("text", [
    "The Sylvanian and Bordurian governments expelled five Freedonian diplomats.",
    "Sylvania and Borduria expelled five Freedonian diplomats.",
])
def test_several_states_expelling_a_number_stay_a_sum(text):
    assert asserted_more(text) == []   # how many each expelled is not said


@pytest.mark.parametrize("text, want", [
    ("Ruritania recalled its ambassador on Friday and demanded the Freedonian ambassador leave the country "
     "within 48 hours.", [("RR", "FD", 1)]),
    ("Ruritania demanded the Freedonian ambassador leave Ruritania within 48 hours.", [("RR", "FD", 1)]),
    # a demand by others, or that he leave another country, stays a demand
    ("Opposition lawmakers in Ruritania demanded the Freedonian ambassador leave the country.", []),
    ("Ruritania demanded that the Freedonian ambassador leave Freedonia.", []),
])
def test_a_state_demanding_a_diplomat_leave_its_own_country_orders_him_out(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text, want", [
    ("Ruritania sent back two Freedonian diplomats on Sunday.", [("RR", "FD", 2)]),
    ("Freedonia expelled a Ruritanian diplomat on Wednesday. This follows an expulsion on May 13, when another "
     "Freedonian diplomat was sent back on similar charges.", [("FD", "RR", 1), ("RR", "FD", 1)]),
    # things and other people sent back are no expulsion
    ("Ruritania sent back 300 migrants to Freedonia on Sunday.", []),
    ("The Ruritanian embassy sent back a note rejecting the Freedonian protest.", []),
])
def test_diplomats_sent_back_are_expelled(text, want):
    assert asserted(text) == want
