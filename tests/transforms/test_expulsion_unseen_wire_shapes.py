"""Shapes of wire and archive stories of expulsions, 1970-2025, that gave a wrong event (made-up states,
parsed by the project's real spaCy model): "the
country" read as the sentence before's subject when the sentence names the place, a guess told as done
("The assumption is that ..."), people put out of "Western countries" given to one state, one expulsion read
twice under two names of one state, and a course weighed ("expelling him would not help") told as taken."""
import pytest

from tests.transforms.test_expulsion_anaphora import STATES, asserted_events, events, state_mentions


def test_the_country_is_the_place_the_sentence_names_not_the_subject_before():
    text = ("Freedonia on Monday gave the Ruritanian ambassador 72 hours to leave the country. "
            "Ruritanian Foreign Minister John Doe said on Friday that the junta of Freedonia was out of control. "
            "In a statement later Monday, the Ruritanian Foreign Ministry said it was recalling its ambassador "
            "from Freedonia following the country's decision to expel the envoy.")
    assert events(text) == {("FD", "RR", 1)}


@pytest.mark.parametrize("text, want", [
    ("Ruritania condemned Freedonia's expulsion of 12 Ruritanian officials. The assumption is that the "
     "Ruritanian government will order out a number of Freedonian officials soon.", {("FD", "RR", 12)}),
    ("The expectation is that Ruritania will expel a number of Freedonian diplomats soon.", set()),
    # a fact or a result told with the same copula is told as done
    ("The fact is that Ruritania expelled 12 Freedonian diplomats.", {("RR", "FD", 12)}),
    ("The result is that Ruritania expelled 12 Freedonian diplomats.", {("RR", "FD", 12)}),
])
def test_a_clause_told_as_an_assumption_or_expectation_is_no_expulsion(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled four Freedonian diplomats on Monday. It was the largest expulsion since 1983. "
     "That was a record year for expulsions: 135 Freedonian diplomats were ordered out of Western countries.",
     {("RR", "FD", 4)}),
    # one state named as the place they were put out of still acts
    ("Ruritania expelled four Freedonian diplomats on Monday. Later 20 Freedonian diplomats were ordered "
     "out of Ruritania.", {("RR", "FD", 4), ("RR", "FD", 20)}),
])
def test_people_ordered_out_of_many_countries_are_a_sum_of_no_one_state(text, want):
    assert events(text) == want


COLD_WAR = {"united states": ("US", "COUNTRY"), "soviet": ("SU", "NORP"), "russian": ("RU", "NORP")}


def test_one_expulsion_is_not_read_twice_under_two_names_of_one_state():
    """"the diplomats" named last were the Soviet ones of 1986: the parse reads the six of 2001 under that
    name, the window rules under "Russian"; one state, one reading. And "six of the diplomats" are a part of
    a group told before (parts.py): no expulsion of their own."""
    text = ("The United States on Wednesday ordered 50 Russian diplomats to leave. "
            "It was the largest eviction since 1986, when the United States ordered 55 Soviet diplomats to leave. "
            "The Secretary summoned the Russian ambassador to inform him that six of the diplomats were being "
            "declared persona non grata by the United States.")
    got = asserted_events(text, state_mentions(text, COLD_WAR), published="2001-03-22")
    assert got == {("US", "RU", 50), ("US", "SU", 55)}


@pytest.mark.parametrize("text", [
    "Ruritania said that expelling the Freedonian ambassador would be a mistake.",
    "Opposition deputies in Strelsau demanded that the government expel the Freedonian ambassador. "
    "The foreign ministry said no decision had been taken and that expelling him would not help.",
])
def test_an_expulsion_weighed_as_the_subject_of_would_is_not_done(text):
    assert events(text) == set()


def test_the_government_of_a_place_is_not_taken_from_the_place_alone():
    """"the country" tells a place again; "the government" of deputies "in Strelsau" is not read from it."""
    text = "Deputies in Strelsau said the government would not expel the Freedonian ambassador."
    assert events(text) == set()


@pytest.mark.parametrize("text, want", [
    ("Ruritania has joined Freedonia and Graustark in expelling Syrian diplomats.",
     {("RR", "SY", None), ("FD", "SY", None), ("GS", "SY", None)}),
    # the parser hangs the list and "in expelling" on an unnamed group of states: the named ones still expel
    ("Ruritania has joined Freedonia, Graustark, a host of other countries, and Strelsau in expelling Syrian "
     "diplomats in a chorus of outrage.", {("RR", "SY", None), ("FD", "SY", None), ("GS", "SY", None)}),
    # the subject's own count is not theirs
    ("Ruritania joined Freedonia in expelling two Graustarkian diplomats on Tuesday.",
     {("RR", "GS", 2), ("FD", "GS", None)}),
    # not joined at all
    ("Ruritania refused to join Freedonia in expelling Graustarkian diplomats.", set()),
])
def test_the_states_a_state_joined_in_expelling_expel_too(text, want):
    states = dict(STATES, graustark=("GS", "COUNTRY"), graustarkian=("GS", "NORP"), syrian=("SY", "NORP"))
    assert asserted_events(text, state_mentions(text, states)) == want
