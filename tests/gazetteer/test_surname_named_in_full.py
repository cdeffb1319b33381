"""A bare surname after the person's full name is that person, even where the model calls it a body and
a body abroad is coded by the same letters (made-up people and parties)."""
from gazetteer.model import Entity
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer
from tests.gazetteer.test_home_bodies import read

GAZ = Gazetteer([
    Entity("p:ostrem", "Halvard Ostrem", "PERSON", "XQ"),
    Entity("o:list", "The Other Way with Ostrem", "ORG", "XR", aliases=["OSTREM"], sources=["partyfacts"]),
    Entity("c:xq", "Qandaria", "COUNTRY", "XQ"), Entity("c:xr", "Quollia", "COUNTRY", "XR"),
])


def test_a_surname_the_model_calls_a_body_is_the_person_named_in_full():
    text = "Prime Minister Halvard Ostrem called a snap election. Ostrem confirmed the date on Monday."
    res = read(ArticleResolver(GAZ), text, ("Halvard Ostrem", "PERSON"), ("Ostrem", "ORG"))
    assert res[0].entity_id == "p:ostrem"
    assert res[1].entity_id == "p:ostrem" and res[1].entity_type == "PERSON"


def test_without_the_full_name_the_code_is_left_to_the_article():
    (res,) = read(ArticleResolver(GAZ), "Ostrem confirmed the date on Monday.", ("Ostrem", "ORG"))
    assert res.entity_id != "p:ostrem"
