"""A one-word name right after a word that opens a place ("in", "the port city of") is the one city of
that name the gazetteer holds, whatever the model's label, unless it is someone's surname (sentences
written for these tests)."""
import pytest

from gazetteer.model import Entity, Role
from gazetteer.place_cues import after_place_word
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer
from tests.gazetteer.test_home_bodies import read

ENTITIES = [
    Entity("c:xq", "Qandaria", "COUNTRY", "XQ", demonyms=["Qandarian"]),
    Entity("phoenix:zarqa", "Zarqa", "CITY", "XQ", sources=["geonames", "phoenix"], population=600_000),
    Entity("geonames:berd", "Berdyan", "CITY", "XQ", sources=["geonames"], population=110_000),
    Entity("phoenix:voss", "Voss", "CITY", "XQ", sources=["phoenix"]),
    Entity("p:voss", "Lena Voss", "PERSON", "XQ",
           roles=[Role("foreign_minister", "Minister of Foreign Affairs", "XQ", "2019-05-01", None)]),
]


@pytest.fixture(scope="module")
def resolver():
    return ArticleResolver(Gazetteer(ENTITIES))


@pytest.mark.parametrize("before,placed", [
    ("Protesters stormed its consulate in ", True), ("the port city of ", True), ("the town of ", True),
    ("In ", True), ("said ", False), ("a call with ", False), ("", False)])
def test_words_that_open_a_place(before, placed):
    assert after_place_word(before) is placed


def test_a_city_the_model_calls_a_person_or_a_body_after_a_place_word(resolver):
    text = "Qandaria closed the border. Protesters gathered in Zarqa on Friday."
    res = read(resolver, text, ("Qandaria", "GPE"), ("Zarqa", "PERSON|GAZ:CITY"))
    assert (res[1].entity_type, res[1].entity_id) == ("CITY", "phoenix:zarqa")
    # a town only GeoNames knows, which the model calls a body
    text = "Qandaria said shells hit the port city of Berdyan overnight."
    res = read(resolver, text, ("Qandaria", "GPE"), ("Berdyan", "ORG"))
    assert res[1].entity_id == "geonames:berd"


def test_no_place_word_or_a_known_surname_leaves_the_person(resolver):
    text = "Qandaria closed the border. Zarqa said on Friday that talks had failed."
    res = read(resolver, text, ("Qandaria", "GPE"), ("Zarqa", "PERSON|GAZ:CITY"))
    assert res[1].entity_type == "PERSON" and res[1].entity_id is None
    text = "Foreign Minister Lena Voss spoke. Qandarians put their trust in Voss on Friday."
    res = read(resolver, text, ("Lena Voss", "PERSON"), ("Voss", "PERSON|GAZ:CITY"))
    assert res[1].entity_type == "PERSON"
