"""A place that was a union's on the date names the union: a later leader of one of its republics, named
in full in a 1987 story datelined from its capital, is the union's official of the time, not a namesake."""
import pytest

from gazetteer.model import Entity, Role
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer
from tests.gazetteer.test_home_bodies import read

ENTITIES = [
    Entity("c:su", "Soviet Union", "COUNTRY", "SU", demonyms=["Soviet"]),
    Entity("c:ru", "Russia", "COUNTRY", "RU", demonyms=["Russian"]),
    Entity("c:ge", "Georgia", "COUNTRY", "GE", demonyms=["Georgian"]),
    Entity("t:msk", "Moscow", "CITY", "RU", acts_for="RU"),
    Entity("t:oslo", "Oslo", "CITY", "NO", acts_for="NO"),
    Entity("c:no", "Norway", "COUNTRY", "NO"),
    Entity("p:lev", "Levan Abashidze", "PERSON", "GE", sources=["phoenix"],
           roles=[Role("head_of_state", "GEOGOV", "GE", "1995-11-26", "2003-11-23", "phoenix:GEOGOV")]),
]


@pytest.fixture(scope="module")
def resolver():
    return ArticleResolver(Gazetteer(ENTITIES))


def test_the_unions_capital_in_its_time_names_the_union(resolver):
    text = "MOSCOW - Foreign Minister Levan Abashidze said on Monday that Moscow wanted talks."
    res = read(resolver, text, ("MOSCOW", "GPE"), ("Levan Abashidze", "PERSON"), ("Moscow", "GPE"), date="1987-03-02")
    assert res[1].entity_id == "p:lev"


def test_after_the_union_or_in_another_states_story_he_is_a_namesake(resolver):
    # in 1993 Moscow is Russia's capital alone, and the Georgian's first office two years off
    text = "MOSCOW - Foreign Minister Levan Abashidze said on Monday that Moscow wanted talks."
    res = read(resolver, text, ("MOSCOW", "GPE"), ("Levan Abashidze", "PERSON"), ("Moscow", "GPE"), date="1993-03-02")
    assert res[1].entity_id is None
    text = "OSLO - Foreign Minister Levan Abashidze said on Monday that Norway wanted talks."
    res = read(resolver, text, ("OSLO", "GPE"), ("Levan Abashidze", "PERSON"), ("Norway", "GPE"), date="1987-03-02")
    assert res[1].entity_id is None
