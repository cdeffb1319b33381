"""Shapes an audit of real wire copy found read wrong (made-up sentences, parsed by the project's real
spaCy model): a state body written after another state's nationality ("the Freedonian Foreign
Office") is that state's; an expulsion noun does not take the "of" of a later noun ("the expulsion
follows the murder of a former spy"); a habit in the present ("routinely expel each other's
diplomats") is no one expulsion; "the consul, <name>, and three of his colleagues" are four."""
import re

import pytest

from tests.transforms.test_expulsion_anaphora import STATES, asserted_events, events, state_mentions
from transforms.expulsions import deduplicate, extract_events
from transforms.expulsions.story import default_parse
from transforms.records import Event, Mention, Sentence


def events_with_body(text, body="Foreign Office", body_state="GF"):
    """As `events`, with `body` a government body the gazetteer links to a third state (as a bare
    "Foreign Office" links to the British one)."""
    mentions = state_mentions(text)
    for m in re.finditer(re.escape(body), text):
        mentions.append(Mention("a", m.start(), m.end(), body, "ORG", "ORG", country_code=body_state,
                                acts_for=body_state))
    mentions.sort(key=lambda m: m.start_char)
    return asserted_events(text, mentions, "2019-05-01")


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


@pytest.mark.parametrize("text, want", [
    # the state blamed for the deed did it; one retaliating had its own diplomats expelled
    ("Ruritania has already retaliated against Freedonia for expelling 23 diplomats over the poisoning.",
     {("FD", "RR", 23)}),
    ("Ruritania retaliated against Freedonia for expelling two of its envoys.", {("FD", "RR", 2)}),
    ("Ruritania criticised Freedonia for expelling three Ruritanian diplomats.", {("FD", "RR", 3)}),
    # a retaliation by expelling is the retaliator's own expulsion
    ("Ruritania retaliated against Freedonia's decision by expelling 12 Freedonian diplomats.", {("RR", "FD", 12)}),
])
def test_the_state_blamed_for_expelling_expelled(text, want):
    assert events(text) == want


def test_a_blamed_state_with_no_nationality_named_gives_no_pair():
    # condemning is no retaliation: whose diplomats they were is not said
    assert events("Ruritania accused Freedonia of expelling 14 diplomats without cause.") == set()


@pytest.mark.parametrize("text", [
    "Ruritania expels 59 diplomats from 23 countries.",
    "Ruritania expelled 59 diplomats of 23 countries on Friday.",
])
def test_diplomats_of_many_states_are_a_sum_not_the_story_s_pair(text):
    # the story pairs Ruritania with Freedonia; the 59 are of 23 states, not all Freedonian
    assert events("Freedonia expelled 23 Ruritanian diplomats. " + text) == {("FD", "RR", 23)}


def _event(expelling, expelled, count, year):
    return Event("e", "a", expelling, expelled, count, False, year, "asserted", "", 0, 0)


def test_a_countless_repeat_under_the_successor_state_s_name_is_dropped():
    # "ordered 25 Soviet diplomats to leave" (1985) and, in a later sentence the parser dated to the article,
    # "had ordered the expulsion of Russian diplomats": one expulsion
    kept = deduplicate([_event("GB", "SU", 25, 1985), _event("GB", "RU", None, 2018)])
    assert [(e.expelling_country, e.expelled_country, e.count) for e in kept] == [("GB", "SU", 25)]


def test_a_countless_event_of_another_pair_stays():
    kept = deduplicate([_event("GB", "SU", 25, 1985), _event("FR", "RU", None, 2018)])
    assert len(kept) == 2


@pytest.mark.parametrize("text, want", [
    ("Ruritania has ordered a Freedonian diplomat at the United Nations expelled, the foreign ministry said.",
     {("RR", "FD", 1)}),
    ("Ruritania has ordered a Freedonian diplomat in Strelsau expelled.", {("RR", "FD", 1)}),
    ("Ruritania ordered the Freedonian ambassador expelled on Monday after the shooting.", {("RR", "FD", 1)}),
])
def test_ordered_an_envoy_with_a_phrase_after_him_expelled(text, want):
    assert events(text) == want


def test_an_order_of_something_else_before_an_expulsion_is_not_it():
    assert events("Ruritania ordered an inquiry after Freedonia expelled two diplomats.") == set()


@pytest.mark.parametrize("text, want", [
    # the state's mission made to shrink: that state's diplomats
    ("Ruritania ordered the Freedonian mission to the United Nations to cut its staff by 25 diplomats.",
     {("RR", "FD", 25)}),
    # the order as a "that" clause with its subject before "be"
    ("Ruritania ordered that the Freedonian missions to the United Nations be cut by 25 diplomats by October.",
     {("RR", "FD", 25)}),
])
def test_an_order_to_cut_a_states_mission(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text", [
    "Ruritania ordered that the budget be cut by 25 million.",
    "Ruritania asked the Freedonian ambassador to cut short his visit.",
])
def test_an_order_to_cut_something_else_is_no_expulsion(text):
    assert events(text) == set()


def test_one_each_from_the_embassies_of_several_states():
    # "one each" is one diplomat of every state listed after it, not one more of the first nationality
    text = "Ruritania expelled 20 Freedonian diplomats and one each from the embassies of Grand Fenwick and Borduria."
    states = dict(STATES, **{"grand fenwick": ("GF", "COUNTRY"), "borduria": ("BD", "COUNTRY")})
    found = asserted_events(text, state_mentions(text, states), "1986-05-12")
    assert found == {("RR", "FD", 20), ("RR", "GF", 1), ("RR", "BD", 1)}
