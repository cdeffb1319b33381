"""A title before a surname names the one member of that state's government who bears it that day."""
import pytest

from gazetteer.model import Entity, Role
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer
from tests.gazetteer.test_home_bodies import read


def official(eid, name, start, end, country="XQ"):
    return Entity(eid, name, "PERSON", country, roles=[Role("official", "XQGOV", country, start, end)])


ENTITIES = [
    Entity("c:xq", "Qandaria", "COUNTRY", "XQ", demonyms=["Qandarian"]),
    Entity("c:xr", "Rostavia", "COUNTRY", "XR"),
    official("p:orm", "Tomas Ormberg", "1981-01-20", "1989-01-20"),
    official("p:orm2", "Lena Ormberg", "1995-01-01", "1999-01-01"),
    official("p:vask", "Ivo Vask", "1980-01-01", "1990-01-01"),
    official("p:vask2", "Eda Vask", "1984-01-01", "1988-01-01"),
    official("p:kell", "Ants Kell", "1982-01-01", "1990-01-01", country="XR"),
]


@pytest.fixture(scope="module")
def resolver():
    return ArticleResolver(Gazetteer(ENTITIES))


def test_a_titled_surname_is_the_one_government_member_of_that_name_on_the_date(resolver):
    res = read(resolver, "Qandaria said on Monday that President Ormberg would veto the bill.",
               ("Qandaria", "GPE"), ("Ormberg", "PERSON"), date="1987-03-13")
    assert res[1].entity_id == "p:orm"
    # the same words in 1996 name the other Ormberg, then in government
    res = read(resolver, "Qandaria said on Monday that President Ormberg would veto the bill.",
               ("Qandaria", "GPE"), ("Ormberg", "PERSON"), date="1996-03-13")
    assert res[1].entity_id == "p:orm2"


def test_two_members_of_that_surname_or_no_title_or_no_state_leave_it_unknown(resolver):
    res = read(resolver, "Qandaria said on Monday that Minister Vask would resign.",
               ("Qandaria", "GPE"), ("Vask", "PERSON"), date="1986-05-01")
    assert res[1].entity_id is None   # Ivo and Eda Vask both served then
    res = read(resolver, "Qandaria said on Monday that Ormberg would veto the bill.",
               ("Qandaria", "GPE"), ("Ormberg", "PERSON"), date="1987-03-13")
    assert res[1].entity_id is None   # a bare surname is not enough for an official
    (kell,) = read(resolver, "Observers said President Kell would veto the bill.", ("Kell", "PERSON"),
                   date="1987-03-13")
    assert kell.entity_id is None     # the story names no state of his
