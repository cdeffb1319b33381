"""A body's name the model missed, right before the initials in brackets that spell it, is a name of its own:
"The Vanuatu Tanna Eagle Force (TEF) signed ... The TEF refused" names the Tanna Eagle Force, and the TEF
is that body (transforms/defined_acronyms.names_spelt_by_initials; sentences written for these tests, the
real model and gazetteer)."""
from transforms.defined_acronyms import names_spelt_by_initials
from transforms.recognise import worker_spacy_model


def test_the_longest_capitalised_words_the_initials_spell():
    doc = worker_spacy_model()("The Vanuatu Tanna Eagle Force (TEF) signed an agreement on Monday.")
    vanuatu, tanna = doc[1].i, doc[2].i
    # "Vanuatu" a country the gazetteer found, "Tanna" a town: a place may be a word of the body's name
    spans = [(vanuatu, vanuatu + 1, "GAZ:COUNTRY", "gazetteer"), (tanna, tanna + 1, "GAZ:CITY", "gazetteer")]
    found = [(doc[s:e].text, label) for s, e, label, _ in names_spelt_by_initials(doc, spans)]
    assert found == [("Tanna Eagle Force", "ORG"), ("TEF", "ORG")]


def test_initials_that_spell_nothing_before_them_or_a_name_already_found_add_nothing():
    doc = worker_spacy_model()("Officials met in Port Vila on Monday (TEF) and talked.")
    assert names_spelt_by_initials(doc, []) == []
    doc = worker_spacy_model()("Shares rose on the New York Stock Exchange (NYSE) on Monday.")
    held = [(doc[4].i, doc[8].i, "ORG", "ner")]
    assert names_spelt_by_initials(doc, held) == []


def test_the_body_and_its_initials_are_one(resolve):
    text = ("The Vanuatu Tanna Eagle Force (TEF) signed an agreement on Monday allowing police to patrol Port "
            "Vila. The TEF refused to hand over its guns.")
    mentions = resolve(text, date="2001-03-02")
    assert any(m.text == "Tanna Eagle Force" for m in mentions), [(m.text, m.canonical_name) for m in mentions]
    assert {m.canonical_name for m in mentions if m.text == "TEF"} == {"Tanna Eagle Force"}, \
        [(m.text, m.canonical_name) for m in mentions]
