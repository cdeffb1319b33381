"""A leader's surname in another transliteration, and a capital the model took for a person."""
from gazetteer.model import Entity, Role
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer
from tests.gazetteer.asking import ask

ENTITIES = [
    Entity("c:xq", "Qandaria", "COUNTRY", "XQ", demonyms=["Qandarian"]),
    Entity("city:vyl", "Vylnius", "CITY", "XQ", acts_for="XQ"),
    Entity("p:zel", "Vladyslav Zelenskyy", "PERSON", "XQ",
           roles=[Role("head_of_state", "President", "XQ", "2019-05-20", None)]),
    Entity("p:kom", "Petro Komarenkyy", "PERSON", "XQ",
           roles=[Role("official", "Adviser", "XQ", "2019-05-20", None)]),
]


def test_a_leader_in_office_is_named_by_another_spelling_of_the_surname():
    r = ArticleResolver(Gazetteer(ENTITIES))
    (zel,) = ask(r, "2023-03-03", ("Zelenskiy", "SPEAKER", "VYLNIUS - "))
    assert zel.entity_id == "p:zel"
    (before,) = ask(r, "2015-03-03", ("Zelenskiy", "SPEAKER", "VYLNIUS - "))
    assert before is None                      # not yet in office: a speaker no one can be found for
    (adviser,) = ask(r, "2023-03-03", ("Qandaria", "GPE"), ("Komarenkiy", "SPEAKER"))[1:]
    assert adviser is None                     # only leaders are named by a variant spelling


def test_a_capital_the_model_took_for_a_person_is_the_capital():
    r = ArticleResolver(Gazetteer(ENTITIES))
    (city,) = ask(r, "2023-03-03", ("Vylnius", "PERSON|GAZ:CITY", "said that "))
    assert (city.entity_id, city.entity_type) == ("city:vyl", "CITY")


def test_a_place_spelt_like_a_leaders_surname_with_other_vowels_is_not_the_leader():
    r = ArticleResolver(Gazetteer(ENTITIES + [
        Entity("p:gh", "Mohamed Ould Ghazouani", "PERSON", "MR",
               roles=[Role("head_of_state", "President", "MR", "2019-08-01", None)])]))
    (ghazni,) = ask(r, "2023-03-03", ("Ghazni", "PERSON", "reports from locals in "))
    assert ghazni.entity_id is None
