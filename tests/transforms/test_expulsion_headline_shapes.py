"""Headlines and lines of a list drop the "were" of a passive: "Four Russians expelled", "CANADA: Eight
Russian diplomats told to leave". The people before the participle are its patient, and the state that
opens the line before a colon is the one that expels them. Made-up states, parsed by the real spaCy model."""
import pytest

from tests.transforms.test_expulsion_anaphora import STATES, asserted_events, state_mentions

LIST_STATES = {**STATES, "lakonia": ("LK", "COUNTRY"), "freedonians": ("FD", "NORP")}


def events(text):
    return asserted_events(text, state_mentions(text, LIST_STATES), published="2022-04-08")


@pytest.mark.parametrize("text, want", [
    # a list of states, each line a headline
    ("Several governments acted on Thursday. RURITANIA: Four Freedonians expelled. "
     "LAKONIA: Eight Freedonian diplomats told to leave.", {("RR", "FD", 4), ("LK", "FD", 8)}),
    ("• Ruritania: two Freedonian officials expelled.", {("RR", "FD", 2)}),
    # the state's own voice after the headline clause
    ("Two Freedonian diplomats expelled, Ruritania says.", {("RR", "FD", 2)}),
    # the agent, as ever
    ("Four Freedonian diplomats expelled by Ruritania.", {("RR", "FD", 4)}),
])
def test_a_headline_passive_and_the_state_its_line_opens_with(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text", [
    # people who do the expelling or the telling, with an object of their own, are no patient
    "The Freedonian diplomats expelled the Ruritanian journalist from their press room.",
    "Eight Freedonian diplomats told reporters to leave the room.",
    # people who leave of their own accord
    "RURITANIA: Four Freedonian diplomats left on Thursday.",
])
def test_people_who_act_are_not_expelled(text):
    assert events(text) == set()


def test_a_passive_after_that_has_its_subject_after_that():
    """"telling reporters that the individuals concerned had been given five days to leave": the people given the
    days are the ones after "that", not the ambassador who tells of it (the story's 45, not one more)."""
    text = ("Ruritania expelled 45 Freedonian diplomats on Wednesday. The Freedonian ambassador to Ruritania confirmed "
            "the expulsions, telling reporters that the individuals concerned had been given five days to leave "
            "Ruritania.")
    assert events(text) == {("RR", "FD", 45)}


@pytest.mark.parametrize("text, want", [
    # the parser may make "an attache" part of "persona": still one more person
    ("Ruritania today declared the Freedonian Ambassador and an attache persona non grata.", {("RR", "FD", 2)}),
    ("Ruritania declared the Freedonian Ambassador persona non grata.", {("RR", "FD", 1)}),
])
def test_a_conjunct_the_parser_hung_on_persona_non_grata(text, want):
    assert events(text) == want
