"""A sum over several states ("a total of six") is read over its sentence, but not by a clause with a
subject of its own that "while" or "and" joins to it: that clause tells one state's own expulsion. A bare
count as the subject of a passive ("four were expelled from Lakonia") is of the people just named.
Made-up states, parsed by the real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows
from tests.transforms.test_expulsion_anaphora import STATES, asserted_events, state_mentions
from transforms.expulsions import extract_events
from transforms.expulsions.story import default_parse
from transforms.records import Sentence

SUM_STATES = {**STATES, "lakonia": ("LK", "COUNTRY"), "estrovia": ("ES", "COUNTRY")}


def events(text):
    return asserted_events(text, state_mentions(text, SUM_STATES))


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled six Freedonian diplomats on Monday, while four were expelled from Lakonia.",
     {("RR", "FD", 6), ("LK", "FD", 4)}),
    # the sum is of two states; the joined clause is the third state's own
    ("Ruritania and Lakonia declared a total of six Freedonian diplomats undesirable, while four were expelled "
     "from Estrovia.", {("ES", "FD", 4)}),
    ("A total of six Freedonian diplomats were expelled from Ruritania and Lakonia, while four were expelled "
     "from Estrovia.", {("ES", "FD", 4)}),
    # one state's total is its own expulsion
    ("Ruritania has now expelled a total of 16 Freedonian diplomats over the affair.", {("RR", "FD", 16)}),
    ("Ruritania and Lakonia expelled a total of six Freedonian diplomats, and Estrovia expelled four.",
     {("ES", "FD", 4)}),
    # a sum inside the clause stays a sum
    ("Ruritania expelled six Freedonian diplomats on Monday, while a total of 14 were expelled from Lakonia "
     "and Estrovia.", {("RR", "FD", 6)}),
    # a count with no people named before is nobody's
    ("Four were expelled from Lakonia on Monday.", set()),
])
def test_a_sum_and_the_clause_joined_to_it(text, want):
    assert events(text) == want


def test_a_total_counts_the_people_it_is_of():
    """"a total of 135 Freedonian diplomats ... from 21 countries" is a sum of 135 Freedonian people."""
    text = "In 1983 a total of 135 Freedonian diplomats were expelled from 21 countries."
    found = extract_events("a", text, "1990-01-01", [Sentence(0, len(text))], state_mentions(text, SUM_STATES),
                           default_parse)
    assert [(e.expelled_country, e.count, e.modality) for e in found] == [("FD", 135, "aggregate")]


@pytest.mark.parametrize("text, want", [
    # the people a sum tells, listed by the state each number was expelled from
    ("The 47 Freedonian diplomats expelled last year included 20 from Ruritania, 18 from Lakonia and 9 from Estrovia.",
     {("RR", "FD", 20), ("LK", "FD", 18), ("ES", "FD", 9)}),
    # a list of kinds of people, not of states, stays one sum
    ("The 47 Freedonian diplomats expelled last year included 20 military attaches and 27 others.", set()),
])
def test_a_sum_listed_by_the_states_they_were_expelled_from(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text, want", [
    # the state a passive names with "from" expelled the whole total: its own expulsion
    ("A total of 14 Freedonian diplomats have been expelled from Ruritania, including seven from its capital "
     "and seven from the port.", {("RR", "FD", 14)}),
    ("A total of six Freedonian diplomats were expelled from Lakonia last week.", {("LK", "FD", 6)}),
])
def test_a_total_expelled_from_one_state_is_its_own(text, want):
    assert events(text) == want


def test_a_total_gathered_since_a_year_from_one_state_stays_a_tally():
    text = "A total of 40 Freedonian diplomats have been expelled from Ruritania since 2014."
    assert events(text) == set()


@pytest.mark.parametrize("text, want", [
    # a superlative names one of those expelled: the expulsion of them all, counted once
    ("Ruritania expelled 14 Freedonian diplomats on Tuesday. The highest-ranking Freedonian expelled was Ivan "
     "Petrov, the deputy head of the mission.", {("RR", "FD", 14)}),
    ("Ruritania expelled six Freedonian diplomats on Tuesday. The most senior diplomat expelled from Ruritania was "
     "the Freedonian consul.", {("RR", "FD", 6)}),
    # without a superlative the one named is counted as told
    ("Ruritania expelled the most senior Freedonian diplomat in Strelsau on Tuesday.", {("RR", "FD", 1)}),
])
def test_one_picked_out_of_those_expelled_is_not_another_expulsion(text, want):
    assert {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"} == want
