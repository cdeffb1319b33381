"""Two shapes made-up stories showed read wrong (sentences written for these tests): a state told, asked or
ordered by name to expel is asked by another (a demand, never its expulsion), while a state's order to a body
of its own is its act; and "X-born" before the people says where they were born, not whose they are."""
import pytest

from tests.expulsions_helpers import READING_NAMES, grammar_readings, made_up_rows
from transforms.expulsions import grammar as g
from transforms.recognise import load_spacy_model


@pytest.fixture(scope="module")
def nlp():
    return load_spacy_model()


@pytest.mark.parametrize("text", [
    "Freedonia was told by its neighbours on Monday to expel the Ruritanian diplomats.",
    "Ruritania told Freedonia to expel two Ruritanian diplomats.",
])
def test_a_state_told_to_expel_is_asked_by_another(nlp, text):
    assert [r[3] for r in grammar_readings(nlp, text, READING_NAMES)] == [g.DEMAND]


def test_no_expulsion_by_the_state_told_to_expel():
    text = "Freedonia was told by its neighbours on Monday to expel the Ruritanian diplomats, but the Freedonian " \
           "government said it would not do so."
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == set()


def test_an_order_to_a_body_of_its_own_is_the_states_act(nlp):
    text = "The Ruritanian president ordered the foreign ministry to expel the Freedonian diplomats."
    assert [r[3] for r in grammar_readings(nlp, text, READING_NAMES)] == [g.ASSERTED]


@pytest.mark.parametrize("text, whose", [
    ("Ruritania expelled a Freedonian-born Graustark diplomat on Monday.", None),
    ("Strelsau expelled the Ruritanian-born Freedonian consul on Monday.", "FD"),
])
def test_where_the_people_were_born_is_not_whose_they_are(nlp, text, whose):
    assert [r[1] for r in grammar_readings(nlp, text, READING_NAMES)] == [whose]
