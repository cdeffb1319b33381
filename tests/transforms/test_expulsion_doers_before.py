"""A pronoun expelled takes the diplomats whose deeds the sentence before speaks of ("The actions of the
Freedonian diplomat are incompatible with his status. ... declared him persona non grata"), never a person
of theirs ("the wife of the ambassador") (anaphora._doers_of); made-up articles parsed by the project's real
spaCy model."""
import pytest

from tests.transforms.test_expulsion_anaphora import events


@pytest.mark.parametrize("text, want", [
    ("The actions of the Freedonian diplomat are incompatible with his status. The Ruritanian side declared him "
     "persona non grata.", {("RR", "FD", 1)}),
    ("The Freedonian diplomat's actions are incompatible with his status. Ruritania declared him persona non grata.",
     {("RR", "FD", 1)}),
    ("The activities of two Freedonian diplomats were incompatible with their status. Ruritania ordered them to "
     "leave.", {("RR", "FD", 2)}),
])
def test_the_people_whose_deeds_the_sentence_before_tells_are_the_pronoun(text, want):
    assert events(text) == want


def test_a_person_of_theirs_is_not_the_diplomat():
    assert events("The wife of the Freedonian ambassador was arrested on Monday. Ruritania ordered her to leave.") \
        == set()
