"""A former prime minister the text titles as an international body's official ("Concord
Secretary-General Tomas Varenko") acts for no state; named without that title, or in office on the
date, he acts for his state (names, codes and dates made up for these tests)."""
from gazetteer.model import Entity, Role
from gazetteer.resolution import NameQuery
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer

FORMER = Entity("p:1", "Tomas Varenko", "PERSON", "XR",
                roles=[Role("head_of_government", "Prime Minister", "XR", "1995-10-30", "2002-04-06", "test")])
CONCORD = Entity("o:1", "Concord of Nations", "ORG", None, aliases=["Concord"])
RURITANIA = Entity("c:xr", "Ruritania", "COUNTRY", "XR", demonyms=["Ruritanian"])
GAZ = Gazetteer([FORMER, CONCORD, RURITANIA]).warm()


def _resolve(date, text, name="Tomas Varenko"):
    queries = []
    if text.startswith("Concord "):
        queries.append(NameQuery("Concord", "ORG", 0, 7, ""))
    start = text.index(name)
    queries.append(NameQuery(name, "PERSON", start, start + len(name), text[:start]))
    return ArticleResolver(GAZ).resolve(date, queries)[-1]


def test_titled_as_an_international_bodys_official_he_acts_for_no_state():
    r = _resolve("2024-03-05", "Concord Secretary-General Tomas Varenko urged restraint.")
    assert r.entity_id == "p:1" and r.acts_for is None


def test_named_without_that_title_a_former_leader_keeps_his_state():
    assert _resolve("2024-03-05", "Former premier Tomas Varenko urged restraint.").acts_for == "XR"


def test_in_state_office_on_the_date_the_title_does_not_take_his_state():
    assert _resolve("1999-05-01", "Concord Secretary-General Tomas Varenko urged restraint.").acts_for == "XR"
