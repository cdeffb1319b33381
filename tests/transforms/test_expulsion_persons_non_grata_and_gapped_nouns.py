""""persons non grata" (a translation's English plural of the Latin), and a gapped item after an expulsion noun
("announced the expulsion of 25 Freedonian diplomats, and Graustark 35"; "..., and the Graustarkian president X 35").
Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import grammar_readings
from transforms.expulsions import grammar as g
from transforms.expulsions.lexicon import standard_png

NAMES = {"Ruritania": ("RR", "state"), "Freedonian": ("FD", "norp"), "Graustark": ("GK", "state"),
         "Ruritanian": ("RR", "norp"), "Graustarkian": ("GK", "norp"), "Ivo Brand": ("GK", "state")}


@pytest.mark.parametrize("text, want", [
    ("declared 40 employees persons non grata.", "declared 40 employees persona non grata."),
    ("PERSONS NON GRATA", "PERSONA NON GRATA"),
    ("the persons named", "the persons named"),
])
def test_persons_non_grata_reads_as_the_latin_at_the_same_length(text, want):
    assert standard_png(text) == want and len(standard_png(text)) == len(text)


def test_persons_non_grata_is_a_declaration(nlp):
    text = standard_png("Ruritania has declared 40 employees of the Freedonian embassy persons non grata.")
    assert ("RR", "FD", 40, g.ASSERTED) in grammar_readings(nlp, text, NAMES)


@pytest.mark.parametrize("text", [
    "Ruritania announced the expulsion of 25 Freedonian diplomats, and Graustark 35.",
    "The Ruritanian premier announced the expulsion of 25 Freedonian diplomats, and the Graustarkian president "
    "Ivo Brand 35.",
])
def test_a_gapped_item_after_an_expulsion_noun_is_its_own_expulsion(nlp, text):
    got = grammar_readings(nlp, text, NAMES)
    assert ("RR", "FD", 25, g.ASSERTED) in got and ("GK", "FD", 35, g.ASSERTED) in got, got
