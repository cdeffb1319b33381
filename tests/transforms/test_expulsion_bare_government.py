"""A bare "the government" that expels, with no voice of the document and no sentence before saying whose: the one
state the article names besides the people's own ("Ruritanian prosecutors charged six people with spying for
Freedonia, and the government expelled a Freedonian diplomat"); with two such states it stays unknown. And "informed
that the Freedonian diplomat will have to leave": the subject of "have to" is who leaves. Sentences written for
these tests."""
import pytest

from tests.expulsions_helpers import READING_NAMES, grammar_readings, made_up_events
from transforms.expulsions import grammar as g


def rows(text):
    return [(e.expelling_country, e.expelled_country, e.count, e.modality) for e in made_up_events(text, "2021-05-01")]


def test_the_government_of_the_one_other_state_named_expels():
    text = "Ruritanian prosecutors charged six people with spying for Freedonia, and the government expelled a " \
           "Freedonian diplomat involved."
    assert rows(text) == [("RR", "FD", 1, g.ASSERTED)]


def test_with_two_other_states_named_the_government_stays_unknown():
    text = "Ruritanian and Graustarkian prosecutors charged six people with spying for Freedonia, and the government " \
           "expelled a Freedonian diplomat involved."
    assert [r for r in rows(text) if r[3] == g.ASSERTED] == []


@pytest.mark.parametrize("text", [
    "The Minister of Foreign Affairs of Ruritania informed, that the Freedonian diplomat will have to leave Ruritania "
    "in five days.",
    "Ruritania informed Freedonia that two of its diplomats had to leave.",
])
def test_informed_that_someone_has_to_leave_names_who_leaves(nlp, text):
    got = grammar_readings(nlp, text, READING_NAMES)
    assert any(r[:2] == ("RR", "FD") and r[3] == g.ASSERTED for r in got), got


@pytest.mark.parametrize("text, modality", [
    ("Ruritanian MPs voted on Monday to ask the government to expel two Freedonian diplomats.", g.DEMAND),
    ("Ruritania urged Graustark to expel two Freedonian diplomats.", g.DEMAND),
    ("The Ruritanian president ordered the foreign ministry to expel two Freedonian diplomats.", g.ASSERTED),
])
def test_asking_another_to_expel_is_a_demand_ordering_it_is_done(nlp, text, modality):
    assert [r[3] for r in grammar_readings(nlp, text, dict(READING_NAMES, Graustark=("GK", "state")))] == [modality]
