"""A present-tense verb of expulsion the parser takes for a plural noun before a comma ("Ruritania expels, or declares
personae non gratae, 12 Freedonians": "expels" a noun, "Ruritania" its compound, "gratae" the subject or object of
"declares"): the name before it declares (arguments._arguments, parse_words.verb_read_as_noun). Made-up sentences
read by the parse rules with made-up names (tests/expulsions_helpers.grammar_readings)."""
import pytest

from tests.expulsions_helpers import READING_NAMES, grammar_readings

NAMES = dict(READING_NAMES, Freedonians=("FD", "norp"), Ruritanians=("RR", "norp"), Graustark=("GK", "state"),
             Syldavians=("SV", "norp"))


@pytest.mark.parametrize("text, want", [
    ("Ruritania expels, or declares personae non gratae, 12 Freedonians.", ("RR", "FD", 12, "asserted")),
    ("Graustark expels, or declares personae non gratae, 19 Syldavians.", ("GK", "SV", 19, "asserted")),
    ("Freedonia expels, or declares personae non gratae, seven Ruritanians.", ("FD", "RR", 7, "asserted")),
])
def test_the_name_before_a_verb_read_as_a_noun_declares(nlp, text, want):
    assert want in grammar_readings(nlp, text, NAMES)
