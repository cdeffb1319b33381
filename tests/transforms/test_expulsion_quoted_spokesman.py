"""Who "we" are in a quotation attributed to one of a government body's people by the capital it sits in
("a Foreign Ministry spokesman in Bonn said"): that capital's state, as "the Foreign Ministry in Bonn" is; not
when the body names a state of its own ("a Fredville Ministry spokesman in Strelsau") nor for anyone else in a
capital ("a Western diplomat in ..."). And "ordered two more to leave" after an expulsion: more of its people
(sentences written for these tests)."""
import pytest

from tests.expulsions_helpers import READING_NAMES, grammar_readings, made_up_rows
from transforms.expulsions import grammar as g
from transforms.recognise import load_spacy_model


@pytest.fixture(scope="module")
def nlp():
    return load_spacy_model()


QUOTE = '"We have asked three members of the Freedonian embassy to leave the country within a week," '


@pytest.mark.parametrize("speaker, actor", [
    ("a Foreign Ministry spokesman in Strelsau said on Tuesday.", "RR"),
    ("a government spokeswoman in Strelsau said.", "RR"),
    ("a Western diplomat in Strelsau said on Tuesday.", g.FIRST_PERSON),
])
def test_we_in_a_quotation_is_the_state_of_the_bodys_seat(nlp, speaker, actor):
    assert [(r[0], r[1], r[2]) for r in grammar_readings(nlp, QUOTE + speaker, READING_NAMES)] == [(actor, "FD", 3)]


def test_a_body_that_names_a_state_of_its_own_is_not_the_seats(nlp):
    text = QUOTE + "a Fredville Ministry spokesman in Strelsau said on Tuesday."
    assert "RR" not in [r[0] for r in grammar_readings(nlp, text, READING_NAMES)]


def test_two_more_ordered_to_leave_are_more_of_the_people_expelled_before():
    text = "Ruritania expelled five Freedonian diplomats in 2019. A year later, Ruritania ordered two more to leave."
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == {("RR", "FD", 5, "asserted"), ("RR", "FD", 2, "asserted")}


def test_two_more_with_no_expulsion_before_is_no_ones():
    assert {r for r in made_up_rows("Ruritania ordered two more to leave.") if r[3] == "asserted"} == set()
