"""A bare surname after an office's title ("President Nixon" in a 1969 cable that names no state of his) is
the one bearer who was a state's leading figure on the date, where every other bearer the sources know held
office only long before or long after it. Without the title, or beside a namesake in office at the time, it
stays unknown (names, codes and dates made up for these tests)."""
from gazetteer.model import Entity, Role
from gazetteer.resolution import NameQuery
from gazetteer.resolver import ArticleResolver
from gazetteer.roles import LEADING_FIGURE
from gazetteer.store import Gazetteer

LEADER = Entity("p:1", "Anton Tarvo", "PERSON", "XS",
                roles=[Role("official", LEADING_FIGURE, "XS", "1965-03-01", "1974-08-01", "phoenix:XSGOV")])
LATER = Entity("p:2", "Elsa Tarvo", "PERSON", "XT",
               roles=[Role("ambassador", "ambassador to Ruritania", "XT", "2010", "2014", "wikidata")])
EARLIER = Entity("p:3", "Jonas Tarvo", "PERSON", "XT",
                 roles=[Role("minister", "Minister of Trade", "XT", "1921", "1930", "wikidata")])
CHIEF = Entity("p:4", "Marek Polt", "PERSON", "XS",
               roles=[Role("official", LEADING_FIGURE, "XS", "1965-03-01", "1974-08-01", "phoenix:XSGOV")])
CONTEMPORARY = Entity("p:5", "Ida Polt", "PERSON", "XT",
                      roles=[Role("minister", "Minister of Health", "XT", "1966", "1971", "wikidata")])
UNDATED = Entity("p:6", "Olaf Polt", "PERSON", "XT")
GAZ = Gazetteer([LEADER, LATER, EARLIER]).warm()
SHARED = Gazetteer([CHIEF, CONTEMPORARY]).warm()
UNDATED_GAZ = Gazetteer([CHIEF, UNDATED]).warm()


def _resolve(gaz, date, before, surname, after=" had asked for a visit in August."):
    start = len(before)
    return ArticleResolver(gaz).resolve(date, [NameQuery(surname, "PERSON", start, start + len(surname), before)])[0]


def test_a_titled_surname_is_the_leader_of_the_time_where_its_other_bearers_held_office_long_before_or_after():
    assert _resolve(GAZ, "1969-08-01", "The Secretary said that President ", "Tarvo").entity_id == "p:1"
    assert _resolve(GAZ, "1969-08-01", "We met Prime Minister ", "Tarvo").entity_id == "p:1"


def test_without_a_title_out_of_his_years_or_beside_a_bearer_of_the_time_it_stays_unknown():
    assert _resolve(GAZ, "1969-08-01", "Officials said ", "Tarvo").entity_id is None     # no title
    assert _resolve(GAZ, "1969-08-01", "Officials said Mr. ", "Tarvo").entity_id is None  # a courtesy title
    assert _resolve(GAZ, "1990-08-01", "The Secretary said that President ", "Tarvo").entity_id is None  # not leading
    assert _resolve(SHARED, "1969-08-01", "The Secretary said that President ", "Polt").entity_id is None  # a minister then
    assert _resolve(UNDATED_GAZ, "1969-08-01", "The Secretary said that President ", "Polt").entity_id is None  # no dates
