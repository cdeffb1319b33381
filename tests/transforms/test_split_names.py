"""A long name the model split into a person and a one-word body is one person's name."""
import spacy

from tests.span_helpers import repaired_spans
from transforms.split_names import rejoined_surnames

NLP = spacy.blank("en")


def _spans(text: str, ner_words: list, gaz_words: dict = None):
    return repaired_spans(rejoined_surnames, NLP(text), ner_words, gaz_words)


def test_a_persons_name_and_the_body_made_of_its_last_word_are_one_person():
    assert _spans("Foreign Minister Rafiq Omar Zardani said no.", [("Rafiq Omar", "PERSON"), ("Zardani", "ORG")]) \
        == [("Rafiq Omar Zardani", "PERSON")]
    assert _spans("The envoy, Lestari Bayu Hartono, flew home.", [("Lestari Bayu", "PERSON"), ("Hartono", "ORG")]) \
        == [("Lestari Bayu Hartono", "PERSON")]


def test_a_known_body_capitals_a_mark_or_a_one_word_person_keep_them_apart():
    # the gazetteer knows the word as a body
    assert _spans("Minister Rafiq Omar Kremlin talks.", [("Rafiq Omar", "PERSON"), ("Kremlin", "ORG")],
                  {"Kremlin": "GAZ:ORG"}) == [("Rafiq Omar", "PERSON"), ("Kremlin", "ORG")]
    # an abbreviation in capitals is a body's
    assert _spans("Minister Rafiq Omar NATO talks.", [("Rafiq Omar", "PERSON"), ("NATO", "ORG")]) \
        == [("Rafiq Omar", "PERSON"), ("NATO", "ORG")]
    # a comma between
    assert _spans("Rafiq Omar, Zardani said.", [("Rafiq Omar", "PERSON"), ("Zardani", "ORG")]) \
        == [("Rafiq Omar", "PERSON"), ("Zardani", "ORG")]
    # a one-word person before is no long name cut short
    assert _spans("Zardani Hartono talks.", [("Zardani", "PERSON"), ("Hartono", "ORG")]) \
        == [("Zardani", "PERSON"), ("Hartono", "ORG")]


def test_a_persons_name_and_the_place_made_of_its_last_word_are_one_person():
    assert _spans("Mr Rafiq Omar Zardani would also attend.", [("Rafiq Omar", "PERSON"), ("Zardani", "GPE")]) \
        == [("Rafiq Omar Zardani", "PERSON")]
    # a place the gazetteer knows stays a place
    assert _spans("Talks with Rafiq Omar Brillmouth next.", [("Rafiq Omar", "PERSON"), ("Brillmouth", "GPE")],
                  {"Brillmouth": "GAZ:CITY"}) == [("Rafiq Omar", "PERSON"), ("Brillmouth", "GPE")]
