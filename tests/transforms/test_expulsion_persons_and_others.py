""""Declared undesirable persons" (a translation's persona non grata), and "other" nationals joined to
diplomats, who are no more diplomats ("eight Freedonian diplomats and 67 other Freedonians living in
Ruritania"). Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import READING_NAMES, grammar_readings
from transforms.expulsions import grammar as g

NAMES = dict(READING_NAMES, Freedonians=("FD", "norp"))


def readings(nlp, text):
    return grammar_readings(nlp, text, NAMES)


@pytest.mark.parametrize("text, want", [
    ("By the decision of the government of Ruritania, 12 Freedonian diplomats were declared undesirable persons.",
     ("RR", "FD", 12, g.ASSERTED)),
    ("Ruritania has declared the Freedonian consul an undesirable person.", ("RR", "FD", 1, g.ASSERTED)),
])
def test_declared_undesirable_persons_is_persona_non_grata(nlp, text, want):
    assert want in readings(nlp, text)


def test_undesirable_persons_named_by_no_declaration_are_no_event(nlp):
    assert readings(nlp, "The Freedonian press called the Ruritanian leader an undesirable person.") == []


@pytest.mark.parametrize("text, count", [
    ("Ruritania expelled eight Freedonian diplomats and 67 other Freedonians living in Ruritania.", 8),
    ("Ruritania ordered the expulsion of eight Freedonian diplomats and 67 other Freedonian nationals.", 8),
    ("Ruritania expelled the Freedonian ambassador and two other diplomats.", 3),
    ("Ruritania expelled three Freedonian diplomats and two other Freedonian officials.", 5),
])
def test_other_nationals_joined_to_diplomats_are_not_counted(nlp, text, count):
    assert ("RR", "FD", count, g.ASSERTED) in readings(nlp, text)


@pytest.mark.parametrize("text, want", [
    ("Freedonia expelled Melton and seven other Ruritanian diplomats on July 11.", ("FD", "RR", 8, g.ASSERTED)),
    ("Ruritania expelled Petrov and two other Freedonian attaches.", ("RR", "FD", 3, g.ASSERTED)),
])
def test_a_name_joined_to_other_diplomats_is_one_of_them(nlp, text, want):
    assert want in readings(nlp, text)


def test_a_name_joined_to_people_of_another_kind_is_not_vetted_by_them():
    from tests.expulsions_helpers import made_up_events
    assert made_up_events("Ruritania expelled Melton and seven other Freedonian journalists.") == []
