"""A one-word surname the gazetteer matched takes in a given name right before it that the model missed."""
import spacy

from transforms.given_name_spans import with_given_names, with_given_names_before_people

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


def _people(text: str, person: str, gaz_words: dict = None):
    """The model's person `person` (its words, in order) after `with_given_names_before_people`."""
    doc = NLP(text)
    words = [t.text for t in doc]
    first = person.split()[0]
    s = words.index(first)
    ner = [(s, s + len(person.split()), "PERSON")]
    gaz = [(words.index(w), words.index(w) + 1, lab) for w, lab in (gaz_words or {}).items()]
    return [doc[s:e].text for s, e, _ in with_given_names_before_people(doc, ner, gaz)]


def test_a_given_name_the_model_cut_from_a_name_between_commas_is_part_of_it():
    assert _people("Ruritania said its deputy ambassador, Ramesh Chandra Mishra, had left.", "Chandra Mishra") \
        == ["Ramesh Chandra Mishra"]
    assert _people("Freedonia named its new consul in Lyon, Marisol Teresa Quintero.", "Teresa Quintero") \
        == ["Marisol Teresa Quintero"]
    # the middle initial's case stands as before
    assert _people("Secretary of State Antony J. Blinken met him.", "J. Blinken") == ["Antony J. Blinken"]


def test_a_title_a_party_word_or_a_name_outside_an_apposition_stays_out():
    assert _people("The pilot, Captain Kumar Arya, said the plane was late.", "Kumar Arya") == ["Kumar Arya"]
    assert _people("The bishop, Reverend Chandra Mishra, spoke.", "Chandra Mishra") == ["Chandra Mishra"]
    assert _people("The senator, Democrat Chandra Mishra, spoke.", "Chandra Mishra") == ["Chandra Mishra"]
    assert _people("It said, Freedonian Chandra Mishra, left.", "Chandra Mishra", {"Freedonian": "GAZ:NORP"}) \
        == ["Chandra Mishra"]
    # no comma before the word, or the name runs on past the model's span: not an apposition
    assert _people("The envoy met Ramesh Chandra Mishra on Monday.", "Chandra Mishra") == ["Chandra Mishra"]
    assert _people("Its envoy, Ramesh Chandra Mishra of the mission, left.", "Chandra Mishra") == ["Chandra Mishra"]
    assert _people("Its envoy, Ramesh Chandra Mishra said.", "Chandra Mishra") == ["Chandra Mishra"]
    # a function word or a one-word name of the model's
    assert _people("It was late, But Chandra Mishra, left.", "Chandra Mishra") == ["Chandra Mishra"]
    assert _people("Its envoy, Ramesh Mishra, left.", "Mishra") == ["Mishra"]
