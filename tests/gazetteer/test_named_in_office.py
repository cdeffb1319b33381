"""A full name of a person out of office on the date is the one person then in office whose name
starts with it, of a country the story names (made-up people on a small gazetteer written here)."""
import pytest

from gazetteer.model import Entity, Role
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer
from tests.gazetteer.asking import ask


@pytest.fixture(scope="module")
def resolver():
    return ArticleResolver(Gazetteer([
        Entity("c:qa", "Qandaria", "COUNTRY", "QA", demonyms=["Qandarian"]),
        Entity("c:fr", "France", "COUNTRY", "FR", demonyms=["French"]),
        # one man the sources hold twice: as regent for a month, and as the king he then became
        Entity("p:regent", "Regent Pedro Alvaro", "PERSON", "QA", aliases=["Pedro Alvaro"],
               roles=[Role("official", "Regent", "QA", "1975-10-01", "1975-11-20")]),
        Entity("p:king", "Pedro Alvaro II", "PERSON", "QA",
               roles=[Role("official", "King", "QA", "1975-11-22", "2014-06-18")]),
        # a minister of long ago, and two men in office who bear his name and more
        Entity("p:old", "Luis Serrat", "PERSON", "QA", roles=[Role("minister", "Minister", "QA", "1970", "1972")]),
        Entity("p:serrat1", "Luis Serrat Vidal", "PERSON", "QA", roles=[Role("minister", "Minister", "QA", "2000", "2010")]),
        Entity("p:serrat2", "Luis Serrat Mora", "PERSON", "QA", roles=[Role("official", "Governor", "QA", "2001", "2009")]),
    ]))


def test_the_name_of_one_out_of_office_is_the_one_in_office_who_bears_it_and_more(resolver):
    _, king = ask(resolver, "2007-11-10", ("Qandaria", "GPE"), ("Pedro Alvaro", "PERSON"))
    assert king.entity_id == "p:king"
    _, regent = ask(resolver, "1975-11-01", ("Qandaria", "GPE"), ("Pedro Alvaro", "PERSON"))
    assert regent.entity_id == "p:regent"          # in office then: the name found stands


def test_the_exact_name_stands_when_the_story_names_no_country_of_theirs_or_several_fit(resolver):
    _, abroad = ask(resolver, "2007-11-10", ("France", "GPE"), ("Pedro Alvaro", "PERSON"))
    assert abroad.entity_id != "p:king"
    _, serrat = ask(resolver, "2005-01-01", ("Qandaria", "GPE"), ("Luis Serrat", "PERSON"))
    assert serrat.entity_id not in ("p:serrat1", "p:serrat2")   # two in office bear the name: no guess
