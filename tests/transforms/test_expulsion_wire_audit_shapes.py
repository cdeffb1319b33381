"""Shapes an audit of real wire copy found read wrong (made-up sentences, parsed by the project's real
spaCy model): a state body written after another state's nationality ("the Freedonian Foreign
Office") is that state's; an expulsion noun does not take the "of" of a later noun ("the expulsion
follows the murder of a former spy"); a habit in the present ("routinely expel each other's
diplomats") is no one expulsion; "the consul, <name>, and three of his colleagues" are four."""
import re

import pytest

from tests.transforms.test_expulsion_anaphora import STATES, events
from transforms.expulsions import extract_events
from transforms.expulsions.story import default_parse
from transforms.records import Mention, Sentence


def events_with_body(text, body="Foreign Office", body_state="GF"):
    """As `events`, with `body` a government body the gazetteer links to a third state (as a bare
    "Foreign Office" links to the British one)."""
    mentions = []
    for m in re.finditer(r"\b(" + "|".join(STATES) + r")\b", text, re.I):
        code, kind = STATES[m.group().lower()]
        label = {"NORP": "NORP", "CITY": "GPE"}.get(kind, "GPE")
        mentions.append(Mention("a", m.start(), m.end(), m.group(), label, kind, country_code=code,
                                acts_for=None if kind == "NORP" else code))
    for m in re.finditer(re.escape(body), text):
        mentions.append(Mention("a", m.start(), m.end(), body, "ORG", "ORG", country_code=body_state,
                                acts_for=body_state))
    mentions.sort(key=lambda m: m.start_char)
    sentences = [Sentence(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]
    return {(e.expelling_country, e.expelled_country, e.count) for e in
            extract_events("a", text, "2019-05-01", sentences, mentions, default_parse) if e.modality == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("The Ruritanian Foreign Office said two Freedonian diplomats had been ordered to leave the country.",
     {("RR", "FD", 2)}),
    ("The Freedonian Foreign Office declared a Ruritanian attache persona non grata on Monday.",
     {("FD", "RR", 1)}),
    # the body's own state, or no nationality before it: as linked
    ("The Foreign Office said two Freedonian diplomats had been ordered to leave the country.",
     {("GF", "FD", 2)}),
])
def test_a_body_after_a_nationality_acts_for_that_nationality(text, want):
    assert events_with_body(text) == want


def test_a_nationality_not_right_before_the_body_does_not_change_it():
    text = "A Ruritanian newspaper said the Foreign Office had ordered two Freedonian diplomats to leave."
    assert events_with_body(text) == {("GF", "FD", 2)}


@pytest.mark.parametrize("text", [
    "The tit-for-tat expulsion follows the murder of a former Freedonian spy in Strelsau.",
    "The tit-for-tat expulsion comes after the arrest of a Freedonian spy in Strelsau.",
])
def test_an_expulsion_noun_does_not_take_the_of_of_a_later_noun(text):
    assert events("Ruritania expelled two Freedonian diplomats on Friday. " + text) == {("RR", "FD", 2)}


@pytest.mark.parametrize("text, want", [
    ("The expulsion on Monday of two Freedonian diplomats by Ruritania surprised no one.", {("RR", "FD", 2)}),
    ("Ruritania's expulsion last week of three Freedonian envoys was criticised.", {("RR", "FD", 3)}),
])
def test_a_time_between_the_expulsion_noun_and_its_of_still_reads(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text", [
    "Ruritania and Freedonia routinely expel each other's diplomats on spying charges.",
    "Ruritania regularly expels Freedonian diplomats when relations sour.",
    "Ruritania and Freedonia often expel each other's envoys, and Freedonia is expected to respond "
    "by expelling Ruritanian officials.",
])
def test_a_habit_in_the_present_is_no_expulsion(text):
    assert events(text) == set()


@pytest.mark.parametrize("text, want", [
    # a past verb still tells what happened; the present without a habit is the news itself
    ("Ruritania repeatedly expelled Freedonian diplomats in 1983.", {("RR", "FD", None)}),
    ("Ruritania today expels two Freedonian diplomats.", {("RR", "FD", 2)}),
])
def test_a_past_or_a_present_without_a_habit_is_still_an_expulsion(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled the Freedonian ambassador and four of his colleagues.", {("RR", "FD", 5)}),
    ("In retaliation, Ruritania kicked out Freedonia's ambassador in Strelsau, Carlos Soto, and four of "
     "his colleagues.", {("RR", "FD", 5)}),
])
def test_the_envoy_and_n_of_his_colleagues(text, want):
    assert events(text) == want


def test_the_envoy_a_named_person_and_n_of_his_aides():
    # the parser hangs "three" on the verb when a name stands in apposition before "and"
    text = "Ruritania on Tuesday expelled Freedonia's consul, Jorge Salinas, and three of his aides."
    name = text.index("Jorge Salinas")
    mentions = [Mention("a", text.index("Ruritania"), text.index("Ruritania") + 9, "Ruritania", "GPE", "COUNTRY",
                        country_code="RR", acts_for="RR"),
                Mention("a", text.index("Freedonia"), text.index("Freedonia") + 9, "Freedonia", "GPE", "COUNTRY",
                        country_code="FD", acts_for="FD"),
                Mention("a", name, name + len("Jorge Salinas"), "Jorge Salinas", "PERSON", "PERSON")]
    found = {(e.expelling_country, e.expelled_country, e.count) for e in
             extract_events("a", text, "2003-07-22", [Sentence(0, len(text))], mentions, default_parse)
             if e.modality == "asserted"}
    assert found == {("RR", "FD", 4)}

