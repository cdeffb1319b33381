"""A sovereign named by royal title and given name, on a small gazetteer written here: the one
head of state of that name on the article's date, whatever country; nobody when there are none
or several, unless the text gives one of their states (then that state's, also where the sources hold
its sovereign twice)."""
import pytest

from gazetteer.model import Entity, Role
from gazetteer.resolver import ArticleResolver
from gazetteer.sovereigns import title_in_span
from gazetteer.store import Gazetteer
from tests.gazetteer.asking import ask


@pytest.fixture(scope="module")
def resolver():
    entities = [
        Entity("c:xq", "Qandaria", "COUNTRY", "XQ", demonyms=["Qandarian"]),
        Entity("c:xr", "Rovania", "COUNTRY", "XR", demonyms=["Rovanian"]),
        Entity("c:xs", "Selmark", "COUNTRY", "XS"),
        Entity("p:odile", "Odile III", "PERSON", "XQ",
               roles=[Role("head_of_state", "monarch of Qandaria", "XQ", "1960-05-01", "2015-01-01")]),
        Entity("p:tamar", "Tamar of Rovania", "PERSON", "XR",
               roles=[Role("head_of_state", "King", "XR", "1990-01-01", "2020-01-01")]),
        Entity("phoenix:tamar", "Tamar Of Rovania", "PERSON", "XR", sources=["phoenix"],   # the same king again
               roles=[Role("head_of_state", "XRGOV", "XR", "1990-01-01", "2020-01-01", "phoenix:XRGOV")]),
        Entity("p:tamar2", "Tamar II", "PERSON", "XS",
               roles=[Role("head_of_state", "King", "XS", "2005-01-01", None)]),
        Entity("p:odile-minister", "Odile Varga", "PERSON", "XS",
               roles=[Role("foreign_minister", "Foreign Minister", "XS", "2000-01-01", None)]),
    ]
    return ArticleResolver(Gazetteer(entities))


def test_queen_and_given_name_is_the_reigning_queen_of_that_name(resolver):
    (r,) = ask(resolver, "2011-05-17", ("Queen Odile", "PERSON"))
    assert r.canonical_name == "Odile III" and r.country_code == "XQ"
    (r,) = ask(resolver, "2011-05-17", ("Odile", "PERSON", "talks with Queen "))
    assert r.canonical_name == "Odile III"


def test_no_reigning_sovereign_of_that_name_is_unknown(resolver):
    (r,) = ask(resolver, "1950-01-01", ("Queen Odile", "PERSON"))
    assert r.entity_id is None or not r.entity_id.startswith("p:")


def test_two_reigning_kings_of_one_name_are_unknown(resolver):
    (r,) = ask(resolver, "2010-01-01", ("King Tamar", "PERSON"))
    assert r.entity_id is None or not r.entity_id.startswith("p:")
    (r,) = ask(resolver, "2018-01-01", ("King Tamar II", "PERSON"))   # the regnal number decides
    assert r.canonical_name == "Tamar II"
    (r,) = ask(resolver, "2021-01-01", ("King Tamar", "PERSON"))      # one left on the throne
    assert r.canonical_name == "Tamar II"


def test_a_title_inside_the_name():
    assert title_in_span("Queen Elizabeth") == ("queen", "head_of_state")
    assert title_in_span("Elizabeth") is None
    assert title_in_span("Kingsley Amis") is None


def test_of_two_kings_of_one_name_the_one_of_the_state_the_text_gives(resolver):
    _, r = ask(resolver, "2010-01-01", ("Rovania", "GPE"), ("Tamar", "PERSON", "talks in Rovania with King "))
    assert r.entity_id == "p:tamar"        # the reference work's entry, not the dictionary's second one
    _, r = ask(resolver, "2010-01-01", ("Selmark", "GPE"), ("Tamar", "PERSON", "talks in Selmark with King "))
    assert r.entity_id == "p:tamar2"
