"""Lookups against the built gazetteer artifact, and that the build reproduces it."""
import gzip
import json
import os
from collections import defaultdict

import pytest

from gazetteer import build
from gazetteer.model import ENTITY_TYPES, Entity, normalise

ARTIFACT = build.DEFAULT_OUT


@pytest.fixture(scope="module")
def entities():
    with gzip.open(ARTIFACT, "rt", encoding="utf-8") as f:
        return [Entity.from_json(json.loads(line)) for line in f]


@pytest.fixture(scope="module")
def lookup(entities):
    """normalise(name/alias/demonym) -> entities (a plain dict, not the real index)."""
    idx = defaultdict(list)
    for e in entities:
        for key in {normalise(n) for n in e.names() + e.demonyms}:
            idx[key].append(e)
    return idx


def one(lookup, name, entity_type, country=None):
    hits = [e for e in lookup[normalise(name)] if e.entity_type == entity_type
            and (country is None or e.country_code == country)]
    assert len(hits) == 1, (name, [(e.entity_id, e.canonical_name) for e in hits])
    return hits[0]


def holders(entities, role_key, country, date):
    out = set()
    for e in entities:
        for r in e.roles:
            if r.role_key == role_key and r.country == country and (r.start or "") <= date \
                    and (r.end is None or r.end >= date[:len(r.end)]) and r.start:
                out.add(e.canonical_name)
    return out


@pytest.mark.parametrize("name,code", [
    ("United Kingdom", "GB"), ("United Kingdom of Great Britain and Northern Ireland", "GB"), ("UK", "GB"),
    ("U.K.", "GB"), ("Britain", "GB"), ("British", "GB"), ("Britons", "GB"),
    ("United States", "US"), ("U.S.", "US"), ("USA", "US"), ("America", "US"), ("the States", "US"),
    ("Americans", "US"), ("Russian Federation", "RU"), ("Russians", "RU"), ("the Czech Republic", "CZ"),
    ("Czechia", "CZ"), ("Czech", "CZ"), ("Holland", "NL"), ("Dutch", "NL"), ("Ivory Coast", "CI"),
    ("Ecuadorian", "EC"), ("Syrian", "SY"), ("Iran", "IR"), ("South Korea", "KR"), ("Soviet", "SU"),
    ("USSR", "SU"), ("East Germany", "DD"),
])
def test_countries_by_every_alias_kind(lookup, name, code):
    assert one(lookup, name, "COUNTRY").country_code == code


def test_country_coverage_and_ids(entities):
    countries = [e for e in entities if e.entity_type == "COUNTRY"]
    assert len({e.country_code for e in countries}) >= 249
    by_code = {e.country_code: e for e in countries if e.entity_id.startswith(("Q", "iso:"))}
    assert by_code["GB"].entity_id == "Q145" and by_code["RU"].entity_id == "Q159"
    assert by_code["CI"].canonical_name == "Côte d'Ivoire"


@pytest.mark.parametrize("name,code,canonical", [
    ("Moscow", "RU", "Moscow"), ("Washington", "US", "Washington, D.C."), ("Washington, D.C.", "US", "Washington, D.C."),
    ("London", "GB", "London"), ("Beijing", "CN", "Beijing"), ("Paris", "FR", "Paris"), ("Quito", "EC", "Quito"),
])
def test_capitals_act_for_their_state(lookup, name, code, canonical):
    city = one(lookup, name, "CITY", code)
    assert city.acts_for == code and city.canonical_name == canonical


@pytest.mark.parametrize("name,canonical,code", [
    ("New York", "New York City", "US"), ("St. Petersburg", "Saint Petersburg", "RU"),
    ("St Petersburg", "Saint Petersburg", "RU"), ("Salisbury", "Salisbury", "GB"), ("Seattle", "Seattle", "US"),
    ("Yekaterinburg", "Yekaterinburg", "RU"), ("Chongqing", "Chongqing", "CN"),
])
def test_other_cities(lookup, name, canonical, code):
    city = one(lookup, name, "CITY", code)
    assert city.canonical_name == canonical and city.acts_for is None


@pytest.mark.parametrize("name,canonical,acts_for", [
    ("Kremlin", "Kremlin", "RU"), ("Moscow Kremlin", "Kremlin", "RU"), ("White House", "White House", "US"),
    ("Downing Street", "Downing Street", "GB"), ("Number 10", "Downing Street", "GB"),
    ("State Department", "United States Department of State", "US"),
    ("Foreign Office", "Foreign and Commonwealth Office", "GB"),
    ("FCDO", "Foreign, Commonwealth and Development Office", "GB"),
    ("Russian Foreign Ministry", "Ministry of Foreign Affairs of Russia", "RU"),
    ("Ministry of Foreign Affairs of the Russian Federation", "Ministry of Foreign Affairs of Russia", "RU"),
    ("Ecuadorian Foreign Ministry", "Ministry of Foreign Affairs of Ecuador", "EC"),
])
def test_orgs_acting_for_states(lookup, name, canonical, acts_for):
    org = one(lookup, name, "ORG", acts_for)
    assert org.canonical_name == canonical and org.acts_for == acts_for


def test_every_current_country_has_a_foreign_ministry(entities):
    acting = {e.acts_for for e in entities if e.entity_type == "ORG" and "Foreign" in " ".join(e.names())}
    codes = {e.country_code for e in entities if e.entity_type == "COUNTRY" and e.entity_id != "Q713750"}
    assert codes - acting <= {"SU", "YU", "CS", "DD", "AN"}


@pytest.mark.parametrize("name,canonical", [
    ("NATO", "NATO"), ("North Atlantic Treaty Organization", "NATO"), ("UN", "United Nations"),
    ("United Nations", "United Nations"), ("UNSC", "United Nations Security Council"),
    ("EU", "European Union"), ("OSCE", "Organization for Security and Co-operation in Europe"),
    ("Council of Europe", "Council of Europe"), ("PACE", "Parliamentary Assembly of the Council of Europe"),
    ("BBC", "BBC"), ("Xinhua", "Xinhua News Agency"), ("WikiLeaks", "WikiLeaks"),
])
def test_international_and_media_orgs(lookup, name, canonical):
    hits = [e for e in lookup[normalise(name)] if e.entity_type == "ORG" and e.canonical_name == canonical]
    assert len(hits) == 1
    if canonical in ("NATO", "United Nations", "European Union"):
        assert hits[0].country_code is None


def test_parties_by_country(lookup):
    uk = one(lookup, "Labour Party", "ORG", "GB")
    au = one(lookup, "Australian Labor Party", "ORG", "AU")
    assert uk.entity_id != au.entity_id and uk.canonical_name == "Labour Party (UK)"
    ccp = {e.entity_id for n in ("Chinese Communist Party", "Communist Party of China", "CCP", "CPC")
           for e in lookup[normalise(n)] if e.entity_type == "ORG" and e.country_code == "CN"}
    assert len(ccp) == 1


def test_parties_are_named_by_their_own_wikipedia_title(lookup):
    # Party Facts calls the UK party "Conservatives"; its English Wikipedia page is "Conservative Party (UK)"
    uk = one(lookup, "Conservative Party", "ORG", "GB")
    assert uk.canonical_name == "Conservative Party (UK)" and "Conservatives" in uk.aliases


def test_regional_parties_belong_to_their_state(lookup):
    # a Northern Ireland party is a UK party, not an international body with no country
    ulster = [e for e in lookup[normalise("Ulster Unionist Party")] if e.entity_type == "ORG"]
    assert ulster and all(e.country_code == "GB" for e in ulster)
    assert all(e.country_code for e in lookup[normalise("Sinn Fein")] if e.entity_type == "ORG")


def test_people_by_role_and_date(entities, lookup):
    assert holders(entities, "foreign_minister", "GB", "2022-04-07") == {"Liz Truss"}
    assert holders(entities, "head_of_state", "US", "2018-03-26") == {"Donald Trump"}
    assert "Boris Johnson" in holders(entities, "head_of_government", "GB", "2021-01-01")
    grushko = one(lookup, "Alexander Grushko", "PERSON", "RU")
    assert any(r.role_key == "deputy_foreign_minister" and r.country == "RU" for r in grushko.roles)
    assert one(lookup, "Aleksandr Grushko", "PERSON", "RU") is grushko


def test_people_merged_across_sources(lookup, entities):
    truss = one(lookup, "Liz Truss", "PERSON", "GB")
    assert truss.entity_id == "Q272201"
    assert {r.source.split(":")[0] for r in truss.roles} >= {"ifg", "wikidata"}
    lavrov = one(lookup, "Sergei Lavrov", "PERSON", "RU")
    assert lavrov is one(lookup, "Sergey Lavrov", "PERSON", "RU")
    assert any(r.role_key == "foreign_minister" for r in lavrov.roles)
    putin = one(lookup, "Vladimir Putin", "PERSON", "RU")
    assert putin.entity_id == "Q7747" and "phoenix" in putin.sources
    assert one(lookup, "Justin Trudeau", "PERSON", "CA").entity_id == "Q3099714"
    # every person comes from a licensed source, none is typed in by hand
    assert not [e.canonical_name for e in entities if e.entity_type == "PERSON" and "newsnorm-curated" in e.sources]


def test_records_are_well_formed(entities):
    ids = [e.entity_id for e in entities]
    assert ids == sorted(ids) and len(ids) == len(set(ids))
    assert 20_000 < len(entities) < 150_000
    for e in entities:
        assert e.entity_type in ENTITY_TYPES and e.entity_type != "NORP"
        assert e.aliases == sorted(set(e.aliases)) and e.canonical_name not in e.aliases
        assert not e.demonyms or e.entity_type == "COUNTRY"
        assert not e.roles or e.entity_type == "PERSON"


def test_rebuild_is_byte_identical(tmp_path):
    out = tmp_path / "g.jsonl.gz"
    build.build(str(out))
    with open(ARTIFACT, "rb") as a, open(out, "rb") as b:
        assert a.read() == b.read(), "gazetteer/data/gazetteer.jsonl.gz is stale: run python -m gazetteer.build"


def test_build_reads_only_shipped_sources():
    from gazetteer.sources_common import SOURCES_DIR
    assert os.path.isdir(SOURCES_DIR) and "shared" not in os.path.relpath(SOURCES_DIR, os.path.dirname(ARTIFACT))


def test_a_name_without_its_article_is_matched_only_if_it_may_be_matched():
    from gazetteer.phrases import phrases_by_label
    phrases = phrases_by_label([Entity("o:1", "The Union", "ORG", "XQ"), Entity("o:2", "The Hague Group", "ORG", "NL")])
    assert "Union" not in phrases["ORG"]          # one ordinary word: left to the model
    assert "Hague Group" in phrases["ORG"]


def test_a_news_agencys_one_word_names_are_matched_in_capitals_as_its_credit():
    from gazetteer.phrases import phrases_by_label
    wire = Entity("o:3", "Zandia Press", "ORG", "XQ", aliases=["Zanpress", "Guardian"], sources=["news-media"])
    phrases = phrases_by_label([wire, Entity("o:4", "Quillmark", "ORG", "XQ")])
    assert "ZANPRESS" in phrases["ORG"]                       # "ZANPRESS - The embassies were attacked"
    assert "GUARDIAN" not in phrases["ORG"] and "QUILLMARK" not in phrases["ORG"]   # a word; no agency


def test_an_international_bodys_initials_are_matched_as_a_word_too():
    from gazetteer.phrases import phrases_by_label
    bloc = Entity("o:5", "Zandian Economic Community of Eastern States", "ORG", aliases=["ZECES", "ZEC"])
    assembly = Entity("o:6", "Parliamentary Assembly of the Quill Council of Europe", "ORG", aliases=["PAQCE"])
    party = Entity("o:7", "Zandian Union of Radical Democrats", "ORG", "XQ", aliases=["ZURD"])
    surname = Entity("p:1", "Rolf Paqce", "PERSON", "XQ")
    phrases = phrases_by_label([bloc, assembly, party, surname])
    assert {"ZECES", "Zeces"} <= set(phrases["ORG"])          # "Zeces has tried to negotiate"
    assert "Zec" not in phrases["ORG"]                         # three letters stay in capitals
    assert "Zurd" not in phrases["ORG"]                        # a state's party: its code only as written
    assert "Paqce" not in phrases["ORG"]                       # a known person's surname


def test_no_royal_household_post_makes_a_head_of_state(entities):
    # the Lords' whips hold posts such as "Captain of the Queen's Bodyguard of the Yeomen of the Guard": a
    # head_of_state role would let "the head of state" or a bare surname find a whip
    heads = {e.canonical_name for e in entities for r in e.roles
             if r.role_key == "head_of_state" and r.country == "GB" and "ifg" in r.source}
    assert heads == set()
    (sandys,) = [e for e in entities if e.canonical_name == "Lord Sandys"]
    assert {r.role_key for r in sandys.roles} == {"legislator"}


def test_two_records_of_one_party_live_from_the_first_founding_to_the_last_end():
    old = Entity("Q900001", "Our Own Party", "ORG", "XQ", founded="1905", dissolved="1970")
    new = Entity("Q900001", "Our Own Party", "ORG", "XQ", founded="1970")
    (merged,) = build.merge_by_id([old, new])
    assert (merged.founded, merged.dissolved) == ("1905", None)      # alive today: no end
    gone = [Entity("Q900002", "Union Party", "ORG", "XQ", founded="1922", dissolved="1927"),
            Entity("Q900002", "Union Party", "ORG", "XQ", founded="1919", dissolved="1922")]
    (merged,) = build.merge_by_id(gone)
    assert (merged.founded, merged.dissolved) == ("1919", "1927")


def test_petrarchs_short_forms_of_one_countrys_name(lookup):
    # "Burkina" opens Burkina Faso's name and no other state's, and no town bears it
    assert {e.country_code for e in lookup["burkina"] if e.entity_type == "COUNTRY"} == {"BF"}
    # the plural of the opening word of a state of islands: "the Solomons", "the Caymans", no towns
    for key, code in (("solomons", "SB"), ("caymans", "KY")):
        assert [(e.entity_type, e.country_code) for e in lookup[key]] == [("COUNTRY", code)], key
    # "Bonn" (the Bonn Republic) and "Sao Tome" (Sao Tome and Principe) are cities, no states
    assert not any(e.entity_type == "COUNTRY" for e in lookup["bonn"] + lookup["sao tome"])
