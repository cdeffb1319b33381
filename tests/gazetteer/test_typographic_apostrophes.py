"""Names with an apostrophe match written with a typographic one too ("Pakistan’s Foreign Ministry",
"Côte d’Ivoire"), as much news writes them (transforms/gazetteer_matcher.with_typographic_apostrophes).
Sentences written for these tests."""
import spacy


def test_a_name_with_an_apostrophe_matches_its_typographic_form():
    nlp = spacy.blank("en")
    nlp.add_pipe("gazetteer_matcher").add_phrases("ORG", ["Ruritania's Foreign Ministry", "People's Front"])
    doc = nlp("Ruritania\u2019s Foreign Ministry said the People\u2019s Front and the People's Front had met.")
    assert sorted(s.text for s in doc.spans["gazetteer"]) == [
        "People's Front", "People\u2019s Front", "Ruritania\u2019s Foreign Ministry"]


def test_a_state_named_with_a_typographic_apostrophe_is_found_and_linked(resolve):
    ms = resolve("Kabul ordered two diplomats out on Friday. Pakistan\u2019s Foreign Ministry called the decision "
                 "regrettable.", date="2023-06-01")
    assert {m.entity_id for m in ms if m.text == "Pakistan\u2019s Foreign Ministry"} == {"foreign-ministry:4d29b1975339"}
