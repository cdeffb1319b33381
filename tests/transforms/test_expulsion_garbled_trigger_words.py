"""Trigger words as garbled text gives them: a trigger noun with two letters swapped side by side ("the explusion of
18 diplomats", OCR and hurried typing) is read as the noun, and "expulse" ("Ruritania expulsed 12 agents"), the
verb machine translations from French and Italian give, as "expel", as are the misspelt inflections "expells",
"expeled" and "expeling". Words at two letters' distance ("explosion",
"exclusion") stay what they are. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows
from transforms.expulsions.lexicon import standard_words


@pytest.mark.parametrize("text", [
    "Ruritania announced the explusion of 18 Freedonian diplomats on Monday.",
    "Ruritania announced the EXPULSOIN of 18 Freedonian diplomats on Monday.",
    "Ruritania expulsed 18 Freedonian diplomats on Monday.",
    "Eighteen Freedonian diplomats were expulsed by Ruritania on Monday.",
    "Ruritania expells 18 Freedonian diplomats for espionage activity.",   # a misspelt inflection of "expel"
    "Ruritania expeled 18 Freedonian diplomats on Monday.",
    "Eighteen Freedonian diplomats were expeled by Ruritania on Monday.",
])
def test_a_garbled_trigger_is_read(text):
    assert made_up_rows(text) == {("RR", "FD", 18, "asserted")}


@pytest.mark.parametrize("word", ["explosion", "exclusion", "expansion", "Expulsion", "depreciation"])
def test_other_words_stay(word):
    assert standard_words(f"the {word} of it") == f"the {word} of it"


def test_the_text_keeps_its_length_and_case():
    assert standard_words("The Explusion of 18") == "The Expulsion of 18"
