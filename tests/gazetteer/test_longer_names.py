"""A two-word name that opens one known person's longer name ("Naji Sabri" for Naji Sabri Ahmad al
Hadithi, "Ank Bijleveld" for Ank Bijleveld Schouten) is that person, in a story that names their country,
unless its second word is a given name that opens many names (sentences written for these tests)."""
import pytest

from gazetteer.model import Entity, Role
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer
from tests.gazetteer.test_home_bodies import read


def person(eid, name, cc="XQ"):
    return Entity(eid, name, "PERSON", cc, sources=["phoenix"],
                  roles=[Role("official", "XQGOV", cc, "2001-01-01", "2010-06-30", "phoenix:XQGOV")])


ENTITIES = [
    Entity("c:xq", "Qandaria", "COUNTRY", "XQ", demonyms=["Qandarian"]),
    person("p:tarek", "Tarek Sami Ahmad al Fadil"),
    person("p:omar", "Omar Hassan Ali al Qasim"),
    person("p:h1", "Hassan Ali Jaber"), person("p:h2", "Hassan Karim"), person("p:h3", "Hassan Mourad"),
]


@pytest.fixture(scope="module")
def resolver():
    return ArticleResolver(Gazetteer(ENTITIES))


def test_the_opening_of_one_longer_name_in_a_story_of_its_country(resolver):
    text = "Qandaria rejected the request. Its envoy, Tarek Sami, called it an act of piracy."
    res = read(resolver, text, ("Qandaria", "GPE"), ("Tarek Sami", "PERSON"), date="2003-03-20")
    assert res[1].entity_id == "p:tarek"


def test_no_country_named_or_a_given_name_second_leaves_it_unknown(resolver):
    text = "The talks failed. Tarek Sami called the request an act of piracy."
    res = read(resolver, text, ("Tarek Sami", "PERSON"), date="2003-03-20")
    assert res[0].entity_id is None
    text = "Qandaria rejected the request. A shopkeeper, Omar Hassan, said the city was calm."
    res = read(resolver, text, ("Qandaria", "GPE"), ("Omar Hassan", "PERSON"), date="2003-03-20")
    assert res[1].entity_id is None


def test_the_opening_of_the_name_of_someone_long_out_of_office_is_no_name_of_his(resolver):
    # Tarek Sami Ahmad al Fadil held office until mid-2010: a Tarek Sami named in 2024 is someone else
    text = "Qandaria rejected the request. Its envoy, Tarek Sami, called it an act of piracy."
    res = read(resolver, text, ("Qandaria", "GPE"), ("Tarek Sami", "PERSON"), date="2024-03-20")
    assert res[1].entity_id is None
    res = read(resolver, text, ("Qandaria", "GPE"), ("Tarek Sami", "PERSON"), date="2018-03-20")
    assert res[1].entity_id == "p:tarek"   # within the years a surname alone would still name him
