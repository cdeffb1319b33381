"""A one-word surname the gazetteer matched takes in a given name right before it that the model missed."""
import spacy

from transforms.given_name_spans import with_given_names

NLP = spacy.blank("en")


def _spans(text: str, gaz_words: dict, found_words=()):
    doc = NLP(text)
    words = [t.text for t in doc]
    gaz = [(words.index(w), words.index(w) + 1, lab) for w, lab in gaz_words.items()]
    found = {words.index(w) for w in found_words}
    return [doc[s:e].text for s, e, _ in with_given_names(doc, gaz, found)]


def test_a_given_name_before_a_known_surname_is_part_of_the_name():
    assert _spans("It was a blow to Halvard Ostrem's plan.", {"Ostrem": "GAZ:PERSON"}) == ["Halvard Ostrem"]
    assert _spans("Halvard Ostrem won.", {"Ostrem": "GAZ:PERSON"}) == ["Halvard Ostrem"]


def test_a_title_a_place_or_an_opening_word_is_no_given_name():
    assert _spans("It was a blow to President Ostrem's plan.", {"Ostrem": "GAZ:PERSON"}) == ["Ostrem"]
    assert _spans("Voters in Norland Ostrem's party lost.", {"Norland": "GAZ:COUNTRY", "Ostrem": "GAZ:PERSON"}) \
        == ["Norland", "Ostrem"]
    assert _spans("Yesterday Ostrem won.", {"Ostrem": "GAZ:PERSON"}) == ["Ostrem"]
    assert _spans("But Ostrem won.", {"Ostrem": "GAZ:PERSON"}) == ["Ostrem"]


def test_a_name_the_model_spans_itself_is_left_to_it():
    # the model's own longer name holds the word before: the model's span stands
    doc = NLP("It was a blow to Halvard Ostrem's plan.")
    words = [t.text for t in doc]
    s = words.index("Ostrem")
    assert with_given_names(doc, [(s, s + 1, "GAZ:PERSON")], {s - 1, s}) == [(s, s + 1, "GAZ:PERSON")]
    assert with_given_names(doc, [(s, s + 1, "GAZ:PERSON")], {s - 1}) == [(s, s + 1, "GAZ:PERSON")]
