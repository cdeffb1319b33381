"""Leaving said with a particle or an object ("given a week to get out", "told to clear out", "told to pack
their bags"), and a body of no one state whose name holds a nationality ("the Organization of American
States mission" is no American's). Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import READING_NAMES, grammar_readings, made_up_events
from transforms.expulsions import grammar as g
from transforms.expulsions.mentions import mention_tuples
from transforms.expulsions.candidate_sentences import CANDIDATE
from transforms.records import Mention


def readings(nlp, text):
    return grammar_readings(nlp, text, READING_NAMES)


@pytest.mark.parametrize("text, want", [
    ("Ruritania has given two Freedonian diplomats a week to get out.", ("RR", "FD", 2, g.ASSERTED)),
    ("Ruritania told three Freedonian diplomats to get out of the country.", ("RR", "FD", 3, g.ASSERTED)),
    ("The Ruritanian government told the three Freedonian diplomats to clear out by Friday.",
     ("RR", "FD", 3, g.ASSERTED)),
    ("Twelve Freedonian diplomats were told by Ruritania to pack their bags within a week.",
     ("RR", "FD", 12, g.ASSERTED)),
    ("Two Freedonian diplomats were ordered to get out of Ruritania.", ("RR", "FD", 2, g.ASSERTED)),
])
def test_leaving_said_with_a_particle_or_an_object_is_an_order_to_leave(nlp, text, want):
    assert CANDIDATE.search(text)
    assert want in readings(nlp, text)


@pytest.mark.parametrize("text", [
    "Ruritania told the Freedonian diplomats to get out of the way.",
    "The Ruritanian minister told reporters to pack up their cameras.",
    "Freedonian tourists were told to get out of the area before the storm.",
])
def test_getting_out_of_a_thing_or_packing_a_thing_is_no_leaving(nlp, text):
    assert [r for r in readings(nlp, text) if r[3] == g.ASSERTED and r[1] == "FD"] == []


def _org(text, start, method="exact", country=None):
    return Mention("a", start, start + len(text), text, "ORG", "ORG", "q:1", text, country, None, None, 1.0, method)


def test_a_known_body_of_no_one_state_makes_the_nationality_in_its_name_no_state(nlp):
    text = "Ruritania kicked out the Organization of American States mission last month."
    name = "Organization of American States"
    start = text.index(name)
    tuples = mention_tuples([_org(name, start)])
    assert tuples == [(start, start + len(name), "", "unknown")]
    states = g.States(tuples, demonyms={"american": "US"})
    american = next(t for t in nlp(text) if t.text == "American")
    assert states.at(american) is None
    # a name the feed made up for an unknown body is no known body: its nationality still speaks
    # ("the Royal Thai Embassy", left unresolved, is Thailand's)
    assert mention_tuples([_org(name, start, method="cluster")]) == []


@pytest.mark.parametrize("later, want", [
    ("Another diplomat was told to leave on Tuesday.", ("RR", "FD", 1)),
    ("A further two diplomats were expelled on Tuesday.", ("RR", "FD", 2)),
    ("A third diplomat was expelled on Tuesday.", ("RR", "FD", 1)),
    ("Another senior diplomat was ordered to leave on Tuesday.", ("RR", "FD", 1)),
])
def test_another_or_a_third_diplomat_is_more_of_the_people_told_before(later, want):
    text = "Ruritania expelled two Freedonian diplomats on Monday. " + later
    got = [(e.expelling_country, e.expelled_country, e.count, e.modality) for e in made_up_events(text, "1987-06-10")]
    assert got == [("RR", "FD", 2, g.ASSERTED), want + (g.ASSERTED,)], got
