"""Another spelling of the one word a source names a person by ("Gadaffi" for "Gaddafi") is that
person while in office, in a story of the person's state (names and dates made up for these tests)."""
from gazetteer.model import Entity, Role
from gazetteer.people import may_be_named_by_surname
from gazetteer.person_match import surname_bearers
from gazetteer.resolution import NameQuery
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer

COLONEL = Entity("p:1", "Omar Hassani", "PERSON", "XR", aliases=["Hassani", "Omar el-Hassani"],
                 roles=[Role("official", "XRGOV", "XR", "1969-09-01", "2011-08-23", "phoenix:XRGOV")])
CLERK = Entity("p:2", "Adel Marrouni", "PERSON", "XR",   # no source names him by the surname alone
               roles=[Role("official", "XRGOV", "XR", "1980-01-01", "1990-01-01", "phoenix:XRGOV")])
RURITANIA = Entity("c:xr", "Ruritania", "COUNTRY", "XR", demonyms=["Ruritanian"])
GAZ = Gazetteer([COLONEL, CLERK, RURITANIA]).warm()


def _resolve(date, surname, before="", country=True):
    queries = [NameQuery(surname, "PERSON", 0, len(surname), before)]
    if country:
        queries.append(NameQuery("Ruritania", "GPE", 40, 49))
    return ArticleResolver(GAZ).resolve(date, queries)[0]


def test_another_spelling_of_the_sources_own_bare_name():
    assert may_be_named_by_surname(COLONEL, "hasani") and may_be_named_by_surname(COLONEL, "hassanni")
    assert [e.entity_id for e in surname_bearers(GAZ.surname_index, "hasanni", "1984-04-26")] == ["p:1"]
    for spelling in ("Hasani", "Hassanni"):
        got = _resolve("1984-04-26", spelling, "the personal envoy of Colonel ")
        assert (got.entity_id, got.canonical_name) == ("p:1", "Omar Hassani")


def test_not_out_of_office_nor_in_a_story_of_another_state_nor_a_name_no_source_uses_alone():
    assert surname_bearers(GAZ.surname_index, "hasanni", "2015-04-26") == []
    assert _resolve("2015-04-26", "Hasani", "Colonel ").entity_id is None
    assert _resolve("1984-04-26", "Hasani", "Colonel ", country=False).entity_id is None
    assert not may_be_named_by_surname(CLERK, "marouni")
    assert _resolve("1985-04-26", "Marouni").entity_id is None
