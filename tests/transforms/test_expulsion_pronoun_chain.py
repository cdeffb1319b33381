"""A pronoun told to leave sentences after its envoy is named ("asked him to leave" after "He presented his
credentials ... He spoke often to reporters"): its people are those of the nearest sentence that names diplomatic
people, through sentences told of the same pronoun (anaphora.people_through_pronouns); a state glued by the parser
to a fronted time phrase ("On Monday Poland asked him to leave") is the subject (subjects.subject_glued_to_time)."""
import pytest

from tests.expulsions_helpers import mentions_for, sentences_for, tuples
from transforms.expulsions import extract_events
from transforms.expulsions.story import default_parse


def extract(text):
    return extract_events("t1", text, "2022-04-07", sentences_for(text), mentions_for(text), default_parse)


_NAMED = "The Russian ambassador arrived in Warsaw in March. "


@pytest.mark.parametrize("between", [
    "",
    "He presented his credentials in April. ",
    "He presented his credentials in April. He spoke often to reporters. ",
    "He presented his credentials in April. He spoke often to reporters. He was seen at several rallies. ",
])
def test_the_envoy_named_before_the_chain_of_he_is_told_to_leave(between):
    events = extract(_NAMED + between + "On Monday Poland asked him to leave.")
    assert tuples(events) == [("PL", "RU", 1, False, 2022, "asserted")]


def test_they_through_they():
    events = extract("Two Russian diplomats arrived in Warsaw in March. They presented their credentials in April. "
                     "On Monday Poland asked them to leave.")
    assert tuples(events) == [("PL", "RU", 2, False, 2022, "asserted")]


@pytest.mark.parametrize("text", [
    _NAMED + "The weather was cold. On Monday Poland asked him to leave.",
    "Two Russian diplomats arrived in Warsaw in March. He presented his credentials in April. "
    "On Monday Poland asked him to leave.",
])
def test_a_sentence_of_something_else_or_another_number_breaks_the_chain(text):
    assert tuples(extract(text)) == []


def test_the_chain_without_a_fronted_time():
    events = extract(_NAMED + "He presented his credentials in April. He spoke often to reporters. "
                     "Poland asked him to leave on Monday.")
    assert tuples(events) == [("PL", "RU", 1, False, 2022, "asserted")]
