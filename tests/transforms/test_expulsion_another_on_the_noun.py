""""the expulsion of X, and another <people noun>" as the parser may read it, with the further person a conjunct
of the expulsion noun itself (sentence written for this test): one more of the people expelled."""
from tests.expulsions_helpers import READING_NAMES, grammar_readings

NAMES = {**READING_NAMES, "Warsaw": ("PL", "capital"), "Russia": ("RU", "state"), "Russian": ("RU", "norp")}


def test_another_official_conjoined_to_the_expulsion_noun_is_one_more(nlp):
    text = "Warsaw confirmed on Tuesday the expulsion of Russia’s deputy military attaché in Warsaw, and another " \
           "Russian embassy official, who was told not to come back from his holiday."
    assert grammar_readings(nlp, text, NAMES) == [("PL", "RU", 2, "asserted")]
