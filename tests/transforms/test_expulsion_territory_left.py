""""Expulsion from the territory of Freedonia of 20 employees of the Ruritanian embassy": the state of the place
the people are expelled from ("the territory of", "the soil of") expels, and the people are the noun's other "of",
however the parser hangs the two "of" phrases; the place's own "of" is never the people. Sentences written for
these tests, parsed by the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import grammar_readings

NAMES = {"Freedonia": ("FD", "state"), "Ruritanian": ("RR", "norp"), "Germany": ("DE", "state"),
         "Russian": ("RU", "norp")}


@pytest.mark.parametrize("text, want", [
    ("Expulsion from the territory of Freedonia of 20 employees of the Ruritanian embassy is an unfriendly step, "
     "the Ruritanian side said.", ("FD", "RR", 20, "asserted")),
    ("Expulsion from the territory of Germany of 20 employees of the Russian embassy is an unfriendly step, "
     "the Russian side said.", ("DE", "RU", 20, "asserted")),
    ("The expulsion from the territory of Freedonia of two Ruritanian diplomats was announced on Monday.",
     ("FD", "RR", 2, "asserted")),
])
def test_the_state_of_the_territory_left_expels_the_nouns_other_of(nlp, text, want):
    assert grammar_readings(nlp, text, NAMES) == [want]
