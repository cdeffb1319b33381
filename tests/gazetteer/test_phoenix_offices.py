"""A government member whose titled names in the Phoenix dictionary say his office holds that office
(a made-up stretch of a Countries actors file)."""
import pytest

from gazetteer import sources_phoenix

DICTIONARY = """\
QANDARIA_ [QND]
IVAN_ZEROV_  # CountryInfo.txt
+FOREIGN_MINISTER_IVAN_ZEROV
+FOREIGN_MINISTER_ZEROV
\t[QNDELI 400101-570213]
\t[QNDGOV 570214-850702]
PETER_VOLK_  # CountryInfo.txt
+PRESIDENT_PETER_VOLK
\t[QNDGOV 810120-890120]
\t[QNDGOV 890120-930120]
ANNA_STEPOVA_  # CountryInfo.txt
\t[QNDGOV 900101-950101]
BORIS_KAZAN_
+BORIS_KAZANOV_  # CountryInfo.txt
+COLONEL_KAZAN
\t[QNDGOV 19690901-20110823]
"""

INTERNATIONAL = """\
OLAF_BRANDT_\t
+SECRETARY-GENERAL_OLAF_BRANDT
+O._BRANDT_
\t[IGOUNO 970101-061231]
\t[ELI]# IGOrulers.txt
PIA_MOREAU_\t[IGOEUREEC 860701-861231]# IGOrulers.txt
WORLD_FOOD_OFFICE_\t[IGOUNOAGR]# NGO_Actors
"""


@pytest.fixture()
def people(tmp_path, monkeypatch):
    (tmp_path / sources_phoenix.COUNTRIES).write_text(DICTIONARY, encoding="utf-8")
    (tmp_path / sources_phoenix.INTERNATIONAL).write_text(INTERNATIONAL, encoding="utf-8")
    monkeypatch.setattr(sources_phoenix, "source_path", lambda _dir, fname: str(tmp_path / fname))
    return {e.canonical_name: e for e in sources_phoenix.person_entities({"QND": "XQ"})}


def test_a_titled_name_gives_the_office_of_a_single_government_span(people):
    assert [(r.role_key, r.start) for r in people["Ivan Zerov"].roles] == [("foreign_minister", "1957-02-14")]


def test_several_government_spans_or_no_titled_name_stay_government_members(people):
    # which of two spans was the presidency the source does not say
    assert {r.role_key for r in people["Peter Volk"].roles} == {"official"}
    assert {r.role_key for r in people["Anna Stepova"].roles} == {"official"}


def test_the_country_info_mark_may_stand_on_an_alias_line_and_a_rank_is_no_name(people):
    kazan = people["Boris Kazan"]
    assert kazan.country_code == "XQ" and "Boris Kazanov" in kazan.aliases
    assert not any("Colonel" in n for n in kazan.names())


def test_the_head_of_an_intergovernmental_body_is_a_person_of_no_state(people):
    heads = {e.canonical_name: e for e in sources_phoenix.igo_ruler_entities()}
    assert set(heads) == {"Olaf Brandt"}   # a council's rotating president is his state's minister
    brandt = heads["Olaf Brandt"]
    assert brandt.country_code is None and "O. Brandt" in brandt.aliases
    assert [(r.role_key, r.start, r.end) for r in brandt.roles] == [("official", "1997-01-01", "2006-12-31")]


def test_a_person_of_no_state_joins_the_one_person_of_that_name():
    from gazetteer.build import PersonMerger
    from gazetteer.model import Entity, Role
    merger = PersonMerger()
    merger.add(Entity("Q1", "Olaf Brandt", "PERSON", "XQ", roles=[Role("minister", "Minister", "XQ", "1990", "1995")]))
    merger.add(Entity("Q2", "Olaf Brandt", "PERSON", "ZR", roles=[Role("minister", "Minister", "ZR", "1980", "1985")]))
    merger.add(Entity("p:1", "Pia Moreau", "PERSON", "XQ", roles=[Role("minister", "Minister", "XQ", "1990", "1995")]))
    merger.add(Entity("igo:1", "Olaf Brandt", "PERSON", None, roles=[Role("official", "IGOUNO", None, "1997", "2006")]))
    merger.add(Entity("igo:2", "Pia Moreau", "PERSON", None, roles=[Role("official", "IGOUNO", None, "2007", "2010")]))
    names = sorted((e.canonical_name, e.entity_id, len(e.roles)) for e in merger.people)
    # two national Olaf Brandts: which one led the body the source does not say
    assert names == [("Olaf Brandt", "Q1", 1), ("Olaf Brandt", "Q2", 1), ("Olaf Brandt", "igo:1", 1),
                     ("Pia Moreau", "p:1", 2)]


UNMARKED_OFFICIALS = """\
MARTA_OKONJO_\t[IGOAFRDEV 950101-051231]\t# African Development Office
SIR_EDWIN_FALKE_\t[IGOCWN 750701-900630]\t# The Commonwealth
REGIONAL_GRAIN_COUNCIL_\t[IGOAGR 900101-101231]\t# a body, dated
WORLD_FOOD_OFFICE_\t[IGOUNOAGR]# NGO_Actors
JONAS_VIRT_\t[QNDGOV 900101-950101] [IGOUNO 960101-001231]\t# a state's man first
"""


def test_an_unmarked_official_of_an_intergovernmental_body_is_a_person_of_no_state(tmp_path, monkeypatch):
    (tmp_path / sources_phoenix.INTERNATIONAL).write_text(UNMARKED_OFFICIALS, encoding="utf-8")
    monkeypatch.setattr(sources_phoenix, "source_path", lambda _dir, fname: str(tmp_path / fname))
    from gazetteer.sources_phoenix_unmarked import is_person_name
    heads = {e.canonical_name: e for e in sources_phoenix.igo_ruler_entities(lambda n: is_person_name(n, {}))}
    # a body's block, dated or not, and a block with a state's code are no officials of a body
    assert set(heads) == {"Marta Okonjo", "Sir Edwin Falke"}, set(heads)
    okonjo = heads["Marta Okonjo"]
    assert okonjo.country_code is None
    assert [(r.title, r.start, r.end) for r in okonjo.roles] == [("IGOAFRDEV", "1995-01-01", "2005-12-31")]


TERRITORIES = """\
QANDARIA_ [QND]
OTTO_PELL_  # CountryInfo.txt
\t[QNDFRLELI 620101-030617]
\t[QNDFRLGOV 030617-070823]
\t[QNDFRLELI]
MARA_KEEL_  # CountryInfo.txt
\t[QNDELI 400101-900101]
\t[QNDGOV 900101-950101]
"""


@pytest.fixture()
def territory_people(tmp_path, monkeypatch):
    (tmp_path / sources_phoenix.COUNTRIES).write_text(TERRITORIES, encoding="utf-8")
    monkeypatch.setattr(sources_phoenix, "source_path", lambda _dir, fname: str(tmp_path / fname))
    return {e.canonical_name: e for e in sources_phoenix.person_entities({"QND": "XQ", "FRL": "XF"})}


def test_a_territory_s_elite_span_is_no_office(territory_people):
    # "[QNDFRLELI ...]": an elite of the state's territory Frelland, not an official of the state for forty years
    pell = territory_people["Otto Pell"]
    assert [(r.role_key, r.country, r.start) for r in pell.roles] == [("official", "XQ", "2003-06-17")]
    assert pell.roles[0].title == "QNDFRLGOV"   # a territory's government member is no leading figure of the state


def test_the_state_s_own_elite_and_government_spans_are_read_as_before(territory_people):
    assert [(r.role_key, r.title) for r in territory_people["Mara Keel"].roles] == [("official", "leading figure")]
