"""A small town found by another of its names, in a story about other states, is unknown."""
import pytest

from gazetteer.model import Entity
from gazetteer.resolution import NameQuery, Resolution
from gazetteer.store import Gazetteer
from transforms.alias_towns import foreign_alias_towns

GAZ = Gazetteer([
    Entity("t:1", "El Marbo", "CITY", "XQ", aliases=["Marbo"], population=26_000),
    Entity("t:2", "Port Ostra", "CITY", "XQ", aliases=["Ostragrad"], population=2_000_000),
    Entity("c:xr", "Rostavia", "COUNTRY", "XR"),
    Entity("c:xq", "Qandaria", "COUNTRY", "XQ"),
])
ROSTAVIA = Resolution("COUNTRY", "c:xr", "Rostavia", "XR", score=1.0, method="exact")
QANDARIA = Resolution("COUNTRY", "c:xq", "Qandaria", "XQ", score=1.0, method="exact")
MARBO = Resolution("CITY", "t:1", "El Marbo", "XQ", score=0.97, method="alias")
OSTRA = Resolution("CITY", "t:2", "Port Ostra", "XQ", score=0.97, method="alias")


def q(text, start=0, dateline=False):
    return NameQuery(text, "GPE", start, start + len(text), "", False, dateline)


def test_a_small_town_by_another_name_in_a_story_about_another_state_is_unknown():
    out = foreign_alias_towns(GAZ, [q("Rostavia"), q("Marbo", 30)], [ROSTAVIA, MARBO], "1987-03-13")
    assert out[1].entity_id is None and out[1].method == "nil"


@pytest.mark.parametrize("queries, answers", [
    ([q("Qandaria"), q("Marbo", 30)], [QANDARIA, MARBO]),           # its country named
    ([q("Marbo", 30)], [MARBO]),                                      # no state named at all
    ([q("Rostavia"), q("Ostragrad", 30)], [ROSTAVIA, OSTRA]),         # a large city's former name
    ([q("Marbo", 0, dateline=True), q("Rostavia", 20)], [MARBO, ROSTAVIA]),   # the dateline
])
def test_the_town_keeps_its_link_otherwise(queries, answers):
    out = foreign_alias_towns(GAZ, queries, answers, "1987-03-13")
    assert [a.entity_id for a in out] == [a.entity_id for a in answers]
