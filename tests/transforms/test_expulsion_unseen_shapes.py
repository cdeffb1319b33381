"""Shapes of news language that a second round of made-up whole stories showed the extractor misreading
(sentences written for these tests): a verb left out between two states ("A expelled X and B Y"), a
number the parser hangs inside the noun phrase but not on the noun ("a dozen", "some forty"), and
workers of a nationality, who are labour migrants, not a mission's staff."""
import pytest

from tests.expulsions_helpers import extract, grammar_readings, tuples
from transforms.expulsions import grammar as g
from transforms.recognise import load_spacy_model

NAMES = {   # surface -> (code, kind), as the resolver would give them
    "Ruritania": ("RR", "state"), "Ruritanian": ("RR", "norp"), "Freedonia": ("FD", "state"),
    "Freedonian": ("FD", "norp"), "Strelsau": ("RR", "capital"), "Fredville": ("FD", "capital"),
}


@pytest.fixture(scope="module")
def nlp():
    return load_spacy_model()


def readings(nlp, text):
    return grammar_readings(nlp, text, NAMES)


@pytest.mark.parametrize("text", [
    "Strelsau expelled the Freedonian ambassador and Fredville the Ruritanian charge d'affaires on Friday.",
    "Strelsau expelled the Freedonian consul and Fredville the Ruritanian consul on Friday.",
])
def test_a_state_with_people_of_its_own_after_and_is_a_second_expulsion(nlp, text):
    assert sorted(readings(nlp, text)) == [("FD", "RR", 1, g.ASSERTED), ("RR", "FD", 1, g.ASSERTED)]


def test_the_people_after_the_second_state_are_not_added_to_the_first(nlp):
    text = "Strelsau expelled the Freedonian ambassador and Fredville the Ruritanian charge d'affaires."
    assert ("RR", "FD", 2, g.ASSERTED) not in readings(nlp, text)


@pytest.mark.parametrize("text, want", [
    ("The Ruritanian government ordered a dozen Freedonian diplomats to leave the country.", 12),
    ("Ruritania expelled some forty Freedonian diplomats and technicians after the war.", 40),
    ("Strelsau expelled a dozen Freedonian diplomats and technical staff last week.", 12),
    ("Ruritania expelled half a dozen Freedonian diplomats on Monday.", 6),
])
def test_a_number_inside_the_noun_phrase_is_the_count(nlp, text, want):
    assert readings(nlp, text) == [("RR", "FD", want, g.ASSERTED)]


def test_a_second_group_with_its_own_nationality_is_not_counted_in(nlp):
    text = "Ruritania expelled a dozen Freedonian diplomats and Ruritanian officials who had helped them."
    assert all(count != 12 for *_, count, _ in readings(nlp, text))


@pytest.mark.parametrize("text", [
    "Poland expelled thousands of Russian workers after the war.",
    "Britain deported hundreds of Polish and German workers last year.",
])
def test_workers_of_a_nationality_are_no_diplomats(text):
    assert tuples(extract(text)) == []


def test_embassy_workers_are_diplomats():
    assert [t[:3] for t in tuples(extract("Poland expelled 12 Russian embassy workers on Monday."))] == \
        [("PL", "RU", 12)]


NATIONS = {**NAMES, "Sylvanian": ("SY", "norp"), "Sylvania": ("SY", "state")}


@pytest.mark.parametrize("text, want", [
    ("Ruritania ordered the Freedonian and Sylvanian ambassadors to leave on Friday.",
     [("RR", "FD", 1, g.ASSERTED), ("RR", "SY", 1, g.ASSERTED)]),
    ("Ruritania expelled the Freedonian and Sylvanian charges d'affaires.",
     [("RR", "FD", 1, g.ASSERTED), ("RR", "SY", 1, g.ASSERTED)]),
    ("Ruritania expelled the Freedonian and Sylvanian diplomats on Friday.",   # how many of each: not said
     [("RR", "FD", None, g.ASSERTED), ("RR", "SY", None, g.ASSERTED)]),
    ("Ruritania expelled two Freedonian and three Sylvanian diplomats on Friday.",
     [("RR", "FD", 2, g.ASSERTED), ("RR", "SY", 3, g.ASSERTED)]),
])
def test_nationalities_coordinated_before_one_noun_are_one_group_each(nlp, text, want):
    assert grammar_readings(nlp, text, NATIONS) == want


def test_a_junta_in_a_capital_acts_for_its_state(nlp):
    text = "The junta in Strelsau ordered the Freedonian ambassador to leave within 48 hours."
    assert readings(nlp, text) == [("RR", "FD", 1, g.ASSERTED)]
