"""A state's leading figures, as PETRARCH's Countries dictionary profiles them (public life before and
after a government span), are named by surname alone; a member of the government the source gives no
more than a government span is not (names, codes and dates made up for these tests)."""
import pytest

from gazetteer import sources_phoenix
from gazetteer.model import Entity, Role
from gazetteer.people import may_be_named_by_surname
from gazetteer.resolution import NameQuery
from gazetteer.resolver import ArticleResolver
from gazetteer.roles import LEADING_FIGURE
from gazetteer.store import Gazetteer

DICTIONARY = """\
QANDARIA_ [QND]
MARTA_VELEN_  # CountryInfo.txt
\t[QNDELI 400101-700101]
\t[QNDGOV 700101-800101]
\t[QNDELI 800101-900101]
OSKAR_DRAL_  # CountryInfo.txt
\t[QNDGOV 750101-780101]
LENA_KOVA_  # CountryInfo.txt
\t[QNDELI 500101-720101]
\t[QNDGOVEDU 720101-760101]
IVO_STEN_  # CountryInfo.txt
\t[ZRAELI 500101-720101]
\t[QNDGOV 720101-760101]
"""


def leading_figure(e) -> bool:
    return any(r.title == LEADING_FIGURE for r in e.roles)


@pytest.fixture()
def people(tmp_path, monkeypatch):
    (tmp_path / sources_phoenix.COUNTRIES).write_text(DICTIONARY, encoding="utf-8")
    monkeypatch.setattr(sources_phoenix, "source_path", lambda _dir, fname: str(tmp_path / fname))
    return {e.canonical_name: e for e in sources_phoenix.person_entities({"QND": "XQ", "ZRA": "ZR"})}


def test_a_profile_with_elite_spans_around_the_government_span_is_a_leading_figure(people):
    velen = people["Marta Velen"]
    assert [(r.role_key, r.title, r.start) for r in velen.roles] == [("official", LEADING_FIGURE, "1970-01-01")]
    assert leading_figure(velen)


def test_a_government_span_alone_a_ministry_or_another_states_elite_is_no_leading_figure(people):
    assert not leading_figure(people["Oskar Dral"])     # the cabinet's list: a government span only
    assert not leading_figure(people["Lena Kova"])      # a ministry's span is a minister's
    assert not leading_figure(people["Ivo Sten"])       # elite of one state, in the government of another


LEADER = Entity("p:1", "Marta Velen", "PERSON", "XR",
                roles=[Role("official", LEADING_FIGURE, "XR", "1970-01-01", "1980-01-01", "phoenix:XRGOV")])
MEMBER = Entity("p:2", "Oskar Dral", "PERSON", "XR",
                roles=[Role("official", "XRGOV", "XR", "1970-01-01", "1980-01-01", "phoenix:XRGOV")])
RURITANIA = Entity("c:xr", "Ruritania", "COUNTRY", "XR", demonyms=["Ruritanian"])
GAZ = Gazetteer([LEADER, MEMBER, RURITANIA]).warm()


def _resolve(date, surname):
    text = f"{surname} said Ruritania would not bow to pressure."
    queries = [NameQuery(surname, "PERSON", 0, len(surname), ""),
               NameQuery("Ruritania", "GPE", text.index("Ruritania"), text.index("Ruritania") + 9, f"{surname} said ")]
    return ArticleResolver(GAZ).resolve(date, queries)[0]


def test_a_leading_figure_in_office_is_named_by_surname_alone_a_government_member_is_not():
    assert may_be_named_by_surname(LEADER, "velen", article_date="1975-05-01")
    assert not may_be_named_by_surname(MEMBER, "dral", article_date="1975-05-01")
    assert _resolve("1975-05-01", "Velen").entity_id == "p:1"
    assert _resolve("1975-05-01", "Dral").entity_id != "p:2"


def test_a_leading_figure_out_of_that_office_is_not():
    assert not may_be_named_by_surname(LEADER, "velen", article_date="1988-05-01")
    assert _resolve("1988-05-01", "Velen").entity_id != "p:1"   # years after: a namesake as likely


# a story that names no state at all: only the surname's one bearer, leading on the date, is named by it
SOLE = Entity("p:3", "Pavel Grusk", "PERSON", "XS",
              roles=[Role("official", LEADING_FIGURE, "XS", "1985-03-01", "1991-08-01", "phoenix:XSGOV")])
SHARED = Entity("p:4", "Anton Tarvo", "PERSON", "XS",
                roles=[Role("official", LEADING_FIGURE, "XS", "1985-03-01", "1991-08-01", "phoenix:XSGOV")])
NAMESAKE = Entity("p:5", "Elsa Tarvo", "PERSON", "XT",
                  roles=[Role("ambassador", "ambassador to Ruritania", "XT", "2010", "2014", "wikidata")])
MINISTER = Entity("p:6", "Karel Mosk", "PERSON", "XS",
                  roles=[Role("minister", "Minister of Finance", "XS", "1985-03-01", "1991-08-01", "wikidata")])
QUEEN = Entity("p:7", "Queen Ilse", "PERSON", "XS",
               roles=[Role("official", LEADING_FIGURE, "XS", "1980-01-01", "1999-01-01", "phoenix:XSGOV")])
ILSES = [Entity(f"p:{8 + k}", f"Ilse {last}", "PERSON", "XT", roles=[Role("minister", "Minister of Trade", "XT",
                                                                           "1970", "1975", "wikidata")])
         for k, last in enumerate(["Arno", "Brek", "Colm"])]
STATELESS = Gazetteer([SOLE, SHARED, NAMESAKE, MINISTER, QUEEN, *ILSES, RURITANIA]).warm()


def _unplaced(date, surname):
    text = f"Officials said {surname}'s offer on medium-range missiles was serious and a reply would come within weeks."
    start = text.index(surname)
    return ArticleResolver(STATELESS).resolve(date, [NameQuery(surname, "PERSON", start, start + len(surname),
                                                               text[:start])])[0]


def test_the_one_bearer_of_a_surname_leading_on_the_date_is_named_by_it_in_a_story_of_no_state():
    assert _unplaced("1987-03-03", "Grusk").entity_id == "p:3"


def test_a_shared_surname_a_leading_figure_out_of_office_or_a_minister_stays_unknown_there():
    assert _unplaced("1987-03-03", "Tarvo").entity_id is None      # a later ambassador bears it too
    assert _unplaced("1995-03-03", "Grusk").entity_id is None      # years after he led
    assert _unplaced("1984-03-03", "Grusk").entity_id is None      # before he led
    assert _unplaced("1987-03-03", "Mosk").entity_id is None       # in office, but no leading figure
    assert _unplaced("1987-03-03", "Ilse").entity_id is None       # more often a given name than a surname


def _styled(date, text, surname):
    start = text.index(surname)
    queries = [NameQuery(surname, "PERSON", start, start + len(surname), text[:start]),
               NameQuery("Ruritania", "GPE", text.index("Ruritania"), text.index("Ruritania") + 9,
                         text[:text.index("Ruritania")])]
    return ArticleResolver(GAZ).resolve(date, queries)[0]


def test_a_future_leading_figure_styled_mr_in_a_story_of_his_state_is_named_by_surname_shortly_before_office():
    text = "The Leader of the Opposition (Mr Velen) said Ruritania must leave the pact."
    assert may_be_named_by_surname(LEADER, "velen", "Leader of the Opposition (Mr ", article_date="1967-05-01")
    assert _styled("1967-05-01", text, "Velen").entity_id == "p:1"      # leading from 1970: three years on
    # not without a style, not long before office, not one who never led
    assert not may_be_named_by_surname(LEADER, "velen", "the speaker, ", article_date="1967-05-01")
    assert _styled("1967-05-01", "Velen said Ruritania must leave the pact.", "Velen").entity_id is None
    assert _styled("1958-05-01", "The member (Mr Velen) said Ruritania must leave the pact.", "Velen").entity_id is None
    assert not may_be_named_by_surname(MEMBER, "dral", "(Mr ", article_date="1967-05-01")   # no leading figure
