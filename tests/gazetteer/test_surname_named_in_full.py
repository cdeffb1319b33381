"""A bare surname after the person's full name is that person, even where the model calls it a body and
a body abroad is coded by the same letters (made-up people and parties)."""
from gazetteer.model import Entity, Role
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


RELATIVES = Gazetteer([
    Entity("p:ostrem", "Halvard Ostrem", "PERSON", "XQ",
           roles=[Role("head_of_state", "President", "XQ", "2001-05-02", None)]),
    Entity("c:xq", "Qandaria", "COUNTRY", "XQ"),
])


def test_of_two_people_of_one_surname_named_in_full_the_bare_surname_is_the_one_in_office():
    # the daughter is asked with her father's surname (transforms/shared_surnames.py): two full names end in Ostrem
    text = ("The banker is married to President Halvard Ostrem's eldest daughter Sunniva Ostrem. "
            "He said the charges came on orders from Ostrem.")
    res = read(ArticleResolver(RELATIVES), text, ("Halvard Ostrem", "PERSON"), ("Sunniva Ostrem", "PERSON"),
               ("Ostrem", "ORG"), date="2007-06-04")
    assert res[0].entity_id == "p:ostrem"
    assert res[2].entity_id == "p:ostrem" and res[2].entity_type == "PERSON"


def test_of_two_people_of_one_surname_none_in_office_the_one_not_named_as_a_relative():
    text = ("The banker is married to Halvard Ostrem's eldest daughter Sunniva Ostrem. "
            "He said the charges came on orders from Ostrem.")
    res = read(ArticleResolver(RELATIVES), text, ("Halvard Ostrem", "PERSON"), ("Sunniva Ostrem", "PERSON"),
               ("Ostrem", "ORG"), date="1990-06-04")   # long before his presidency: no one the sources hold
    assert res[2].canonical_name == "Halvard Ostrem" and res[2].entity_type == "PERSON"


def test_of_two_people_of_one_surname_none_in_office_nor_named_as_a_relative_the_surname_stays_unknown():
    text = ("The banker met Halvard Ostrem and Sunniva Ostrem in the capital. "
            "He said the charges came on orders from Ostrem.")
    res = read(ArticleResolver(RELATIVES), text, ("Halvard Ostrem", "PERSON"), ("Sunniva Ostrem", "PERSON"),
               ("Ostrem", "ORG"), date="1990-06-04")
    assert res[2].canonical_name not in ("Halvard Ostrem", "Sunniva Ostrem")
