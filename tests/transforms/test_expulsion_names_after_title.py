"""A plural title with no number of its own counts the names after it: "and envoys Ivan Petrov and Oleg Popov" are
two people, however the parser hangs the first name on the title (sentences written for these tests, about
made-up states)."""
import pytest
import spacy
from spacy.tokens import Doc

from tests.expulsions_helpers import made_up_rows
from transforms.expulsions.headcounts import _names_after_title


def _asserted(text):
    return {r for r in made_up_rows(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text, count", [
    ("Ruritania expelled the Freedonian attaches, Ivan Petrov and Oleg Popov.", 2),
    ("Ruritania expelled the Freedonian envoys Pavel Sidorov and Oleg Popov.", 2),
    ("Ruritania told the Freedonian ambassador that his attaches Pavel Sidorov and Oleg Popov must leave.", 2),
])
def test_the_names_after_a_plural_title_are_its_people(text, count):
    assert _asserted(text) == {("RR", "FD", count, "asserted")}


def test_a_number_of_the_title_s_own_still_counts():
    assert _asserted("Ruritania expelled two Freedonian diplomats, Ivan Petrov and Oleg Popov.") == \
        {("RR", "FD", 2, "asserted")}


def _doc(rows):
    words, tags, pos, heads, deps = zip(*rows)
    return Doc(spacy.blank("en").vocab, words=list(words), tags=list(tags), pos=list(pos), heads=list(heads),
               deps=list(deps))


def test_a_title_the_tagger_read_as_a_verb_still_counts_its_names():
    # "... and envoys Pavel Sidorov and Oleg Popov had": the tagger reads "envoys" as a verb, its first name its object
    doc = _doc([("and", "CC", "CCONJ", 1, "cc"), ("envoys", "VBZ", "VERB", 1, "ROOT"),
                ("Pavel", "NNP", "PROPN", 3, "compound"), ("Sidorov", "NNP", "PROPN", 1, "dobj"),
                ("and", "CC", "CCONJ", 3, "cc"), ("Oleg", "NNP", "PROPN", 6, "compound"),
                ("Popov", "NNP", "PROPN", 3, "conj")])
    assert _names_after_title(doc[1]) == 2


def test_one_name_or_a_verb_that_is_no_title_counts_nothing():
    one = _doc([("envoys", "NNS", "NOUN", 0, "ROOT"), ("Pavel", "NNP", "PROPN", 2, "compound"),
                ("Sidorov", "NNP", "PROPN", 0, "appos")])
    verb = _doc([("meets", "VBZ", "VERB", 0, "ROOT"), ("Pavel", "NNP", "PROPN", 2, "compound"),
                 ("Sidorov", "NNP", "PROPN", 0, "dobj"), ("and", "CC", "CCONJ", 2, "cc"),
                 ("Popov", "NNP", "PROPN", 2, "conj")])
    assert _names_after_title(one[0]) is None and _names_after_title(verb[0]) is None
