"""Shapes of ministry statements, translations and debates (sentences written for these tests): a "why" clause that gives the reason of an act told as done ("That is why the government has declared
..."), more people joined to the status itself ("... persona non grata, as well as three other officials"), weak
people expelled from a mission named by "of" ("four senior officials from the Embassy of Freedonia"), and the
expulsion a state answers with ("The Ruritanians retaliated with the expulsion of five Freedonian diplomats")."""
import pytest

from tests.expulsions_helpers import grammar_readings, made_up_rows
from transforms.recognise import load_spacy_model

NAMES = {"Ruritanians": ("RR", "norp"), "Freedonian": ("FD", "norp"), "Ruritania": ("RR", "state"),
         "Freedonia": ("FD", "state")}


@pytest.fixture(scope="module")
def nlp():
    return load_spacy_model()


def test_the_expulsion_a_nationality_retaliated_with_is_its_own(nlp):
    text = "The Ruritanians retaliated with the expulsion of five Freedonian diplomats."
    assert grammar_readings(nlp, text, NAMES) == [("RR", "FD", 5, "asserted")]


@pytest.mark.parametrize("text, want", [
    ("The Ruritanian government threatened to retaliate with the expulsion of five Freedonian diplomats.", "hypothetical"),
    ("The Ruritanian government did not respond with the expulsion of any Freedonian diplomats.", "negated"),
])
def test_what_governs_the_answer_governs_the_expulsion(text, want):
    assert {m for *_, m in made_up_rows(text)} == {want}


@pytest.mark.parametrize("text, want", [
    ("That is why the Ruritanian government has declared the Freedonian ambassador persona non grata.", ("RR", "FD", 1, "asserted")),
    ("Ruritania explained why it expelled two Freedonian diplomats.", ("RR", "FD", 2, "asserted")),
])
def test_a_why_clause_tells_the_act_whose_reason_it_gives(text, want):
    assert made_up_rows(text) == {want}


def test_a_question_why_still_asks():
    assert {m for *_, m in made_up_rows("Why did Ruritania expel two Freedonian diplomats?", sentence=r"[^?]+\?")} == {"hypothetical"}


def test_people_joined_to_the_status_are_counted():
    text = "Ruritania has declared the Freedonian ambassador persona non grata, as well as three other Freedonian officials."
    assert made_up_rows(text) == {("RR", "FD", 4, "asserted")}


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled four senior officials from the Embassy of Freedonia in March.", {("RR", "FD", 4, "asserted")}),
    ("Ruritania expelled four officials from the Freedonian football club.", set()),
])
def test_weak_people_expelled_from_a_mission_are_its_people(text, want):
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == want
