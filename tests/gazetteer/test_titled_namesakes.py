"""A state office's title before a known full name, in a story that never names the person's country,
and no office the sources give him on the date: a namesake of that state's ("Foreign Minister Abdoulaye
Diop" in a Malian story is no Senegalese official of the same name)."""
import pytest

from gazetteer.model import Entity, Role
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer
from tests.gazetteer.test_home_bodies import read

ENTITIES = [
    Entity("c:xq", "Qandaria", "COUNTRY", "XQ", demonyms=["Qandarian"]),
    Entity("c:xr", "Rostavia", "COUNTRY", "XR", demonyms=["Rostavian"]),
    Entity("c:xs", "Sorrow", "COUNTRY", "XS"),
    Entity("p:keita", "Amadou Keita", "PERSON", "XR", sources=["phoenix"],
           roles=[Role("official", "XRGOV", "XR", "2003-01-01", "2015-02-17", "phoenix:XRGOV")]),
    Entity("p:lena", "Lena Voss", "PERSON", "XS",
           roles=[Role("foreign_minister", "Minister of Foreign Affairs", "XS", "2019-05-01", None)]),
    Entity("p:marin", "Oleg Marin", "PERSON", "XR",
           roles=[Role("subnational_leader", "Governor of Tarsk Oblast", "XR", "2014-07-15", "2015-07-22",
                       "wikidata:xr-cabinet.csv")]),
    Entity("p:brand", "Ivo Brand", "PERSON", "XR",
           roles=[Role("ambassador", "Ambassador to Qandaria", "XR", "2020-02-01", None, "wikidata:xr-cabinet.csv")]),
]


@pytest.fixture(scope="module")
def resolver():
    return ArticleResolver(Gazetteer(ENTITIES))


def test_a_titled_full_name_of_an_unnamed_state_out_of_office_is_a_namesake(resolver):
    text = "Qandaria ordered the envoy out. Foreign Minister Amadou Keita said ties were at a low point."
    res = read(resolver, text, ("Qandaria", "GPE"), ("Amadou Keita", "PERSON"), date="2022-01-31")
    assert res[1].entity_id is None
    assert res[1].canonical_name == "Amadou Keita"   # an unknown person, kept by his name


def test_his_state_named_his_office_held_or_no_title_keep_the_link(resolver):
    # the story names his state: the Rostavian official it is
    text = "Qandaria ordered the Rostavian envoy out. Foreign Minister Amadou Keita said ties were at a low point."
    res = read(resolver, text, ("Qandaria", "GPE"), ("Rostavian", "NORP"), ("Amadou Keita", "PERSON"),
               date="2022-01-31")
    assert res[2].entity_id == "p:keita"
    # in office on the date, as far as the sources say
    text = "Qandaria ordered the envoy out. Minister Amadou Keita said ties were at a low point."
    res = read(resolver, text, ("Qandaria", "GPE"), ("Amadou Keita", "PERSON"), date="2010-06-01")
    assert res[1].entity_id == "p:keita"
    # no title before the name: nothing says whose officer he is
    text = "Qandaria ordered the envoy out. Amadou Keita said ties were at a low point."
    res = read(resolver, text, ("Qandaria", "GPE"), ("Amadou Keita", "PERSON"), date="2022-01-31")
    assert res[1].entity_id == "p:keita"


def test_a_foreign_minister_in_office_keeps_his_name_abroad(resolver):
    text = "Qandaria hosted the talks. Foreign Minister Lena Voss met her Qandarian counterpart."
    res = read(resolver, text, ("Qandaria", "GPE"), ("Lena Voss", "PERSON"), ("Qandarian", "NORP"),
               date="2023-03-01")
    assert res[1].entity_id == "p:lena"


def test_a_title_a_body_or_a_state_qualifies_says_whose_office_it_is(resolver):
    # "European Commission President Ursula von der Leyen": no office of the story's states
    text = "Qandaria ordered the envoy out. Union Council Minister Amadou Keita said ties were at a low point."
    res = read(resolver, text, ("Qandaria", "GPE"), ("Amadou Keita", "PERSON"), date="2022-01-31")
    assert res[1].entity_id == "p:keita"


def test_an_envoys_title_before_a_namesake_out_of_office_makes_him_unknown():
    resolver = ArticleResolver(Gazetteer(ENTITIES))
    # his state never named: an envoy is named with the state that sends him
    text = "Qandaria gave Ambassador Amadou Keita two days to leave."
    res = read(resolver, text, ("Qandaria", "GPE"), ("Amadou Keita", "PERSON"), date="2022-01-31")
    assert res[1].entity_id is None
    # his state named, but the offices the sources list one by one hold no envoy's: no governor of 2015
    text = "Qandaria summoned the Rostavian envoy. The ambassador Oleg Marin was told to leave."
    res = read(resolver, text, ("Qandaria", "GPE"), ("Rostavian", "NORP"), ("Oleg Marin", "PERSON"), date="2022-04-05")
    assert res[2].entity_id is None


def test_an_envoy_in_post_or_a_coarse_source_keeps_the_link():
    resolver = ArticleResolver(Gazetteer(ENTITIES))
    text = "Qandaria summoned Rostavian Ambassador Ivo Brand on Monday."
    res = read(resolver, text, ("Qandaria", "GPE"), ("Rostavian", "NORP"), ("Ivo Brand", "PERSON"), date="2022-04-05")
    assert res[2].entity_id == "p:brand"
    # PETRARCH's "government" code tells no envoy from a minister: with his state named, he stays
    text = "Qandaria expelled the Rostavian Ambassador Amadou Keita on Monday."
    res = read(resolver, text, ("Qandaria", "GPE"), ("Rostavian", "NORP"), ("Amadou Keita", "PERSON"), date="2022-01-31")
    assert res[2].entity_id == "p:keita"
