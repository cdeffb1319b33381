"""A party's code in its own country's story is that party: not a party of the same code that no longer
existed, nor one of a bygone state that no code names (no international body either)."""
import pytest

from gazetteer.model import Entity
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer
from tests.gazetteer.test_home_bodies import read


def party(eid, name, country, founded, dissolved=None):
    return Entity(eid, name, "ORG", country, aliases=["QP"], sources=["partyfacts"], founded=founded,
                  dissolved=dissolved)


ENTITIES = [
    Entity("c:xq", "Qandaria", "COUNTRY", "XQ", demonyms=["Qandarian"]),
    Entity("c:xr", "Rostavia", "COUNTRY", "XR"),
    Entity("x:cap", "Vell", "CITY", "XQ", acts_for="XQ"),
    party("p:now", "Quarrymen's Party", "XQ", "1976"),
    party("p:old", "Queen's Partisans", "XQ", "1834", "1874"),
    party("p:empire", "Quiet Progress (Old Empire)", None, "1908", "1913"),
    party("p:abroad", "Quay Party", "XR", "1990"),
]


@pytest.fixture(scope="module")
def resolver():
    return ArticleResolver(Gazetteer(ENTITIES))


def test_a_code_in_its_countrys_story_is_the_party_of_the_day(resolver):
    text = "Qandaria voted on Sunday. In Vell the QP came first, ahead of the Greens."
    res = read(resolver, text, ("Qandaria", "GPE"), ("Vell", "GPE"), ("QP", "ORG"), date="2023-07-24")
    assert res[2].entity_id == "p:now"
    # in 1860 the code was the Partisans'
    res = read(resolver, text, ("Qandaria", "GPE"), ("Vell", "GPE"), ("QP", "ORG"), date="1860-05-01")
    assert res[2].entity_id == "p:old"
