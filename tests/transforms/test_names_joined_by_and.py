"""A body's name of two ideals joined by "and" that the model cut at its "and" is one body's name."""
import spacy

from tests.span_helpers import repaired_spans
from transforms.names_joined_by_and import joined_at_and

NLP = spacy.blank("en")


def _spans(text: str, ner_words: list, gaz_words: dict = None):
    return repaired_spans(joined_at_and, NLP(text), ner_words, gaz_words)


def test_two_ideals_joined_by_and_before_the_bodys_kind_are_one_name():
    assert _spans("The rebel Fairness and Candour Movement said no.", [("Fairness", "ORG"), ("Candour Movement", "ORG")]) \
        == [("Fairness and Candour Movement", "ORG")]
    # the first ideal the model calls a person, or leaves out
    assert _spans("The bloc's Calm and Safety Council met.", [("Calm", "PERSON"), ("Safety Council", "ORG")]) \
        == [("Calm and Safety Council", "ORG")]
    assert _spans("The bloc's Calm and Safety Council met.", [("Safety Council", "ORG")]) \
        == [("Calm and Safety Council", "ORG")]


def test_a_name_of_its_own_or_a_longer_second_name_keeps_them_apart():
    # the gazetteer knows the first word as a name of its own
    assert _spans("Zorgat and Candour Movement leaders met.", [("Zorgat", "ORG"), ("Candour Movement", "ORG")],
                  {"Zorgat": "GAZ:ORG"}) == [("Zorgat", "ORG"), ("Candour Movement", "ORG")]
    # two bodies: the second is a name of three words
    assert _spans("Zorgat and Holy Candour Movement fighters fired.", [("Zorgat", "ORG"), ("Holy Candour Movement", "ORG")]) \
        == [("Zorgat", "ORG"), ("Holy Candour Movement", "ORG")]
    # a place the model found, or a second name that says no body's kind
    assert _spans("Qandaria and Safety Council members met.", [("Qandaria", "GPE"), ("Safety Council", "ORG")]) \
        == [("Qandaria", "GPE"), ("Safety Council", "ORG")]
    assert _spans("Fairness and Candour Press reported.", [("Fairness", "ORG"), ("Candour Press", "ORG")]) \
        == [("Fairness", "ORG"), ("Candour Press", "ORG")]
