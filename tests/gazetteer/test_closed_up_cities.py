"""A city's name of several words written as one by a machine translation ("Lapaz" for La Paz) is that city in
a story that names its state (sentences written for these tests)."""
from collections import Counter

from gazetteer.garbled_places import closed_up_city, closed_up_words
from gazetteer.model import Entity
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer
from tests.gazetteer.test_home_bodies import read

ENTITIES = [
    Entity("c:xq", "Qandaria", "COUNTRY", "XQ", demonyms=["Qandarian"]),
    Entity("c:xr", "Rostavia", "COUNTRY", "XR", demonyms=["Rostavian"]),
    Entity("c:xs", "Sellinor", "COUNTRY", "XS", demonyms=["Sellinorian"]),
    Entity("city:sv", "San Varno", "CITY", "XQ", population=900000),
    Entity("city:sv2", "San Varno", "CITY", "XR", population=40000),
    Entity("capital:ek", "El Kebra", "CITY", "XS", acts_for="XS"),
]


def test_a_citys_name_closed_up_is_the_city_of_a_state_the_story_names():
    closed = closed_up_words(ENTITIES)
    assert closed_up_city("Sanvarno", "GPE", closed, False, Counter({"XQ": 1})).entity_id == "city:sv"
    assert closed_up_city("Sanvarno", "GPE", closed, False, Counter({"XR": 2})).entity_id == "city:sv2"
    assert closed_up_city("Sanvarno", "GPE", closed, False, Counter({"XQ": 1, "XR": 1})).entity_id == "city:sv"
    assert closed_up_city("ELKEBRA", "ORG", closed, False, Counter({"XS": 1})).entity_id == "capital:ek"
    assert closed_up_city("Sanvarno", "GPE", closed, False, Counter({"XS": 1})) is None   # no state of it named
    assert closed_up_city("San Varno", "GPE", closed, False, Counter({"XQ": 1})) is None  # the name itself
    assert closed_up_city("Sanvarno", "PERSON", closed, False, Counter({"XQ": 1})) is None
    assert closed_up_city("Sanvarno", "GPE", closed, True, Counter({"XQ": 1})) is None    # a name the gazetteer holds


def test_in_a_story_that_names_its_state():
    text = "Qandaria expelled two envoys. Officials in Sanvarno said the order stood."
    res = read(ArticleResolver(Gazetteer(ENTITIES)), text, ("Qandaria", "GPE"), ("Sanvarno", "GPE"))
    assert res[1].entity_id == "city:sv"
    text = "Sellinor expelled two envoys. Officials in Sanvarno said the order stood."
    res = read(ArticleResolver(Gazetteer(ENTITIES)), text, ("Sellinor", "GPE"), ("Sanvarno", "GPE"))
    assert res[1].entity_id is None
