"""A deadline clause on an expulsion ("expelled X, giving the Lakonian envoy 72 hours to leave") tells the same
people. An aside between a pair of dashes reads as one between commas ("25 Freedonian nationals – including
journalists and diplomats – 48 hours to leave"), and people "including journalists and diplomats" include
diplomats in whatever order the list names them. Made-up states, parsed by the real spaCy model."""
import pytest

from tests.transforms.test_expulsion_anaphora import STATES, asserted_events, events, state_mentions
from transforms.expulsions.lexicon import dashes_as_commas


@pytest.mark.parametrize("text, want", [
    ("gave 25 nationals \u2013 including journalists \u2013 48 hours", "gave 25 nationals , including journalists , 48 hours"),
    ("gave 25 nationals \u2014 including journalists \u2014 48 hours", "gave 25 nationals , including journalists , 48 hours"),
    # one dash, a dateline or a break, stays; so do dashes of two kinds and hyphens
    ("STRELSAU \u2014 Ruritania expelled two diplomats", "STRELSAU \u2014 Ruritania expelled two diplomats"),
    ("a 2018\u20132019 row \u2014 and then a break", "a 2018\u20132019 row \u2014 and then a break"),
    ("the pro-Freedonian bloc - as it was - left", "the pro-Freedonian bloc - as it was - left"),
])
def test_an_aside_between_dashes_is_set_off_by_commas_at_the_same_offsets(text, want):
    assert dashes_as_commas(text) == want and len(dashes_as_commas(text)) == len(text)


@pytest.mark.parametrize("text, want", [
    ("Ruritania retaliated by giving 25 Freedonian nationals \u2013 including journalists and diplomats \u2013 48 hours "
     "to leave.", {("RR", "FD", 25)}),
    ("Ruritania retaliated by giving 25 Freedonian nationals, including journalists and diplomats, 48 hours to leave.",
     {("RR", "FD", 25)}),
    # no diplomat among them: no diplomatic expulsion
    ("Ruritania gave 25 Freedonian nationals \u2013 including journalists and businessmen \u2013 48 hours to leave.", set()),
])
def test_people_including_diplomats_set_off_by_dashes(text, want):
    assert events(text) == want


ONE_ACT_STATES = {**STATES, "lakonia": ("LK", "COUNTRY"), "lakonian": ("LK", "NORP")}


@pytest.mark.parametrize("text, want", [
    # the deadline clause tells the same act of the same envoy, named by his nationality
    ("Ruritania on Wednesday expelled Freedonia's ambassador to Strelsau in response to new sanctions, giving the "
     "Lakonian envoy 72 hours to leave the country.", {("RR", "FD", 1)}),
    # people of two states, or two states expelling, stay two
    ("Ruritania expelled two Freedonian and two Lakonian diplomats on Monday.", {("RR", "FD", 2), ("RR", "LK", 2)}),
    ("Ruritania has expelled four Freedonian diplomats, Lakonia two.", {("RR", "FD", 4), ("LK", "FD", 2)}),
])
def test_a_deadline_clause_on_an_expulsion_tells_the_same_people(text, want):
    assert asserted_events(text, state_mentions(text, ONE_ACT_STATES)) == want


@pytest.mark.parametrize("text, want", [
    # "six more Freedonian citizens" after Freedonian diplomats were expelled are more of them
    ("Ruritania expelled 25 Freedonian diplomats last week. On Monday the government accused six more Freedonian "
     "citizens of spying and ordered them to leave the country.", {("RR", "FD", 25), ("RR", "FD", 6)}),
    # citizens not counted as more are no diplomats
    ("Ruritania arrested six Freedonian citizens last week and ordered them to leave the country.", set()),
])
def test_more_citizens_after_diplomats_are_more_of_them(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text, want", [
    # the state whose decision the infinitive carries out, however the parser hung it (a time between them)
    ("The minister held consultations on responses to Freedonia's action Saturday to expel 25 Ruritanian "
     "diplomats.", {("FD", "RR", 25)}),
    ("The minister criticised Freedonia's decision on Saturday to expel 25 Ruritanian diplomats.", {("FD", "RR", 25)}),
])
def test_a_states_decision_to_expel(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text, want", [
    # the time given hangs on the envoy's name as an apposition; a second clause of the other side follows
    ("On Thursday Ruritanian President Ivan Petrov gave the Freedonian ambassador in Strelsau, John Smith, 72 hours "
     "to leave in solidarity with his neighbours, and Freedonia expelled Ruritania's envoy, Boris Lazov.",
     {("RR", "FD", 1), ("FD", "RR", 1)}),
    ("Ruritania gave the Freedonian ambassador, John Smith, 72 hours to leave.", {("RR", "FD", 1)}),
])
def test_a_time_to_leave_given_to_an_envoy_named_in_apposition(text, want):
    assert events(text) == want
