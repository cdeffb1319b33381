"""A leader's title before a surname names a past member of that state's government too, where the
sources know him only as one of its officials ("the late President Andropov" after his death)."""
import pytest

from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer
from tests.gazetteer.test_home_bodies import read
from tests.gazetteer.test_titled_officials import ENTITIES


@pytest.fixture(scope="module")
def resolver():
    return ArticleResolver(Gazetteer(ENTITIES))


def test_a_leaders_title_names_the_one_past_official_of_that_name(resolver):
    res = read(resolver, "Qandaria marked the anniversary. The late President Ormberg had opened the dam.",
               ("Qandaria", "GPE"), ("Ormberg", "PERSON"), date="1992-06-01")
    assert res[1].entity_id == "p:orm"   # in government 1981-1989, the only Ormberg by 1992


def test_two_past_officials_or_another_states_leave_it_unknown(resolver):
    res = read(resolver, "Qandaria marked the anniversary. Former President Ormberg opened the dam.",
               ("Qandaria", "GPE"), ("Ormberg", "PERSON"), date="2001-06-01")
    assert res[1].entity_id is None      # Tomas and Lena Ormberg had both served by 2001
    res = read(resolver, "Qandaria marked the anniversary. The late President Kell had opened the dam.",
               ("Qandaria", "GPE"), ("Kell", "PERSON"), date="1995-06-01")
    assert res[1].entity_id is None      # Kell served Rostavia, which the story does not name
