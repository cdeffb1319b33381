"""A person named in full and then with a second surname after it ("... Hugo Chavez Frias") is the same person."""
from gazetteer.model import Entity, Role
from gazetteer.person_match import coref_similarity
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer
from tests.gazetteer.test_home_bodies import read


def test_a_second_surname_after_a_full_name_named_before_is_that_name():
    assert coref_similarity("tomas orrego baez", {"tomas orrego"}) == 1.0
    # another given name, or a third word that is not after the whole name, is someone else
    assert coref_similarity("lucia orrego baez", {"tomas orrego"}) < 0.75
    assert coref_similarity("tomas baez orrego", {"tomas orrego"}) < 1.0


def test_the_resolver_keeps_the_person_named_before():
    gaz = Gazetteer([Entity("c:xq", "Qandaria", "COUNTRY", "XQ", demonyms=["Qandarian"]),
                     Entity("p:to", "Tomas Orrego", "PERSON", "XQ",
                            roles=[Role("head_of_state", "President of Qandaria", "XQ", "2001-01-01", None)])])
    text = "Qandarian President Tomas Orrego flew home. Crowds hailed Tomas Orrego Baez at the airport."
    res = read(ArticleResolver(gaz), text, ("Qandarian", "NORP"), ("Tomas Orrego", "PERSON"),
               ("Tomas Orrego Baez", "PERSON"), date="2010-05-05")
    assert res[1].entity_id == "p:to" and res[2].entity_id == "p:to"
