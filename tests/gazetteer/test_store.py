"""Gazetteer: loading, extension CSV merge and its errors, exact/fuzzy/role/demonym lookups."""
import datetime
import gzip
import json

import pytest

from gazetteer.model import Entity, Role
from gazetteer.dates import date_bounds
from gazetteer.store import Gazetteer, load_gazetteer, read_entities

ENTITIES = [
    Entity("Q145", "United Kingdom", "COUNTRY", "GB", aliases=["UK", "Britain", "Great Britain"],
           demonyms=["British", "Briton"]),
    Entity("Q159", "Russia", "COUNTRY", "RU", aliases=["Russian Federation"], demonyms=["Russian"]),
    Entity("Q1486", "Georgia", "COUNTRY", "GE", demonyms=["Georgian"]),
    Entity("Q2014", "Georgia", "OTHER", "US", aliases=["State of Georgia"]),
    Entity("Q649", "Moscow", "CITY", "RU", acts_for="RU"),
    Entity("Q1", "Sergei Skripal", "PERSON", "RU", aliases=["Sergey Skripal"]),
    Entity("Q2", "Yulia Skripal", "PERSON", "RU"),
    Entity("Q3", "Boris Johnson", "PERSON", "GB", roles=[
        Role("foreign_minister", "Foreign Secretary", "GB", "2016-07-13", "2018-07-09"),
        Role("head_of_government", "Prime Minister", "GB", "2019-07", "2022-09-06")]),
    Entity("Q4", "Theresa May", "PERSON", "GB", roles=[
        Role("head_of_government", "Prime Minister", "GB", "2016-07-13", "2019-07-24")]),
    Entity("Q5", "Jeremy Hunt", "PERSON", "GB", roles=[
        Role("foreign_minister", "Foreign Secretary", "GB", "2018", "2019")]),
    Entity("Q6", "Sergei Lavrov", "PERSON", "RU", roles=[
        Role("foreign_minister", "Minister of Foreign Affairs", "RU", "2004-03-09", None)]),
    Entity("Q7", "Martin Luther King Jr", "PERSON", "US"),
    Entity("Q8", "Gazprom", "ORG", "RU"),
]


def write_artifact(path, entities):
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for entity in entities:
            out.write(json.dumps(entity.to_json()) + "\n")
    return path


def write_csv(path, text):
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture()
def artifact(tmp_path):
    return write_artifact(tmp_path / "gazetteer.jsonl.gz", ENTITIES)


@pytest.fixture()
def gaz(artifact):
    return load_gazetteer(artifact)


def ids(entities):
    return [e.entity_id for e in entities]


# -- loading -------------------------------------------------------------------

def test_loads_every_entity_from_the_artifact(gaz):
    assert len(gaz.entities) == len(ENTITIES)
    assert gaz.by_id["Q3"].roles[1].role_key == "head_of_government"


def test_reading_one_type_gives_that_types_entities_in_file_order(tmp_path):
    # an organisation whose name holds the type's word is not a country
    path = write_artifact(tmp_path / "g.jsonl.gz", ENTITIES + [Entity("Q9", "COUNTRY Party", "ORG", "GB",
                                                                      aliases=["COUNTRY"])])
    countries = read_entities(path, entity_type="COUNTRY")
    assert ids(countries) == ["Q145", "Q159", "Q1486"]
    assert countries == [e for e in read_entities(path) if e.entity_type == "COUNTRY"]
    assert read_entities(path, entity_type="FAC") == []


def test_missing_artifact_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="not found"):
        load_gazetteer(tmp_path / "nope.jsonl.gz")


def test_warm_builds_indexes_without_changing_answers(gaz):
    assert gaz.warm() is gaz
    assert ids(gaz.lookup_exact("Britain")) == ["Q145"]


# -- exact, demonym, country, surname --------------------------------------------

def test_exact_lookup_normalises_the_name(gaz):
    assert ids(gaz.lookup_exact("the U.K.")) == ["Q145"]
    assert ids(gaz.lookup_exact("SERGEY SKRIPAL")) == ["Q1"]
    assert gaz.lookup_exact("Sergei Skripl") == []


def test_exact_lookup_respects_types(gaz):
    assert set(ids(gaz.lookup_exact("Georgia"))) == {"Q1486", "Q2014"}
    assert ids(gaz.lookup_exact("Georgia", types=("COUNTRY",))) == ["Q1486"]
    assert ids(gaz.lookup_exact("Georgia", types=("PERSON", "ORG"))) == []


def test_demonyms_name_their_country(gaz):
    assert gaz.lookup_demonym("British").entity_id == "Q145"
    assert gaz.lookup_demonym("Britons").entity_id == "Q145"
    assert gaz.lookup_demonym("russian").entity_id == "Q159"
    assert gaz.lookup_demonym("Martian") is None


def test_country_by_code_in_any_case(gaz):
    assert gaz.country("gb").entity_id == "Q145"
    assert gaz.country("RU").canonical_name == "Russia"
    assert gaz.country("XX") is None


def test_surname_index_finds_people_by_last_name(gaz):
    assert set(ids(gaz.surname_index["skripal"])) == {"Q1", "Q2"}
    assert ids(gaz.surname_index["king"]) == ["Q7"]          # "Jr" is not a surname
    assert "jr" not in gaz.surname_index
    assert "gazprom" not in gaz.surname_index


# -- candidates ------------------------------------------------------------------

def test_candidates_put_exact_and_alias_hits_first(gaz):
    assert [(e.entity_id, s, m) for e, s, m in gaz.candidates("Sergei Skripal", types=("PERSON",))][0] \
        == ("Q1", 1.0, "exact")
    assert [(e.entity_id, s, m) for e, s, m in gaz.candidates("Sergey Skripal")][0] == ("Q1", 1.0, "alias")


def test_candidates_find_misspellings_with_a_fuzzy_score(gaz):
    entity, score, method = gaz.candidates("Sergei Skripl", types=("PERSON",))[0]
    assert (entity.entity_id, method) == ("Q1", "fuzzy")
    assert 0.8 <= score < 1.0


def test_candidates_list_each_entity_once(gaz):
    found = gaz.candidates("Sergey Skripal", types=("PERSON",), limit=10)
    assert len(ids(e for e, _, _ in found)) == len(set(ids(e for e, _, _ in found)))


def test_candidates_respect_types_and_short_names(gaz):
    assert gaz.candidates("Gazprom", types=("PERSON",)) == []
    assert [e.entity_id for e, _, _ in gaz.candidates("Gazprm", types=("ORG",))] == ["Q8"]
    assert gaz.candidates("UKK") == []                         # too short to match fuzzily


# -- roles and dates -------------------------------------------------------------

def test_role_holder_on_a_full_date(gaz):
    assert ids(gaz.people_with_role("head_of_government", "GB", "2018-03-04")) == ["Q4"]
    assert ids(gaz.people_with_role("foreign_minister", "GB", datetime.date(2017, 5, 1))) == ["Q3"]
    assert ids(gaz.people_with_role("head_of_government", "GB", "2023-01-01")) == []


def test_partial_dates_overlap_sensibly(gaz):
    # Johnson became PM in "2019-07" (partial); both May and Johnson held it in July 2019.
    assert set(ids(gaz.people_with_role("head_of_government", "GB", "2019-07"))) == {"Q3", "Q4"}
    assert ids(gaz.people_with_role("head_of_government", "GB", "2019-07-30")) == ["Q3"]
    assert ids(gaz.people_with_role("head_of_government", "GB", "2019-06-30")) == ["Q4"]
    # Hunt's role is given only as 2018..2019: it covers any day of those years.
    assert "Q5" in ids(gaz.people_with_role("foreign_minister", "gb", "2019-12-31"))
    assert "Q5" not in ids(gaz.people_with_role("foreign_minister", "GB", "2020-01-01"))


def test_open_ended_role_is_still_held(gaz):
    assert ids(gaz.people_with_role("foreign_minister", "RU", "2024")) == ["Q6"]
    assert ids(gaz.people_with_role("foreign_minister", "RU", "2003-12-31")) == []


def test_latest_starting_holder_comes_first(gaz):
    assert ids(gaz.people_with_role("foreign_minister", "GB", "2018")) == ["Q5", "Q3"]


def test_date_bounds_of_partial_dates():
    assert date_bounds("2018") == ((2018, 1, 1), (2018, 12, 31))
    assert date_bounds("2018-02") == ((2018, 2, 1), (2018, 2, 31))
    assert date_bounds(None) is None
    with pytest.raises(ValueError):
        date_bounds("March 2018")


# -- extension CSV ---------------------------------------------------------------

HEADER = "name,aliases,type,country,role,start,end\n"


def test_extra_csv_adds_new_entities(artifact, tmp_path):
    extra = write_csv(tmp_path / "extra.csv", HEADER +
                      "Novichok Inc,Novichok|NVK Holdings,ORG,RU,,,\n"
                      "Laurie Bristow,,PERSON,GB,ambassador,2016,2020-06\n")
    gaz = load_gazetteer(artifact, extra_csv=extra)
    (org,) = gaz.lookup_exact("NVK Holdings", types=("ORG",))
    assert org.canonical_name == "Novichok Inc"
    assert ids(gaz.people_with_role("ambassador", "GB", "2018-03-26")) == [
        gaz.lookup_exact("Laurie Bristow")[0].entity_id]


def test_extra_row_for_a_known_entity_adds_aliases_and_roles(artifact, tmp_path):
    extra = write_csv(tmp_path / "extra.csv", HEADER +
                      "Sergei Lavrov,Sergey Lavrov|S. Lavrov,PERSON,RU,ambassador,1994,2004-03\n")
    gaz = load_gazetteer(artifact, extra_csv=extra)
    assert len(gaz.entities) == len(ENTITIES)
    assert ids(gaz.lookup_exact("S. Lavrov")) == ["Q6"]
    assert ids(gaz.people_with_role("ambassador", "RU", "2000")) == ["Q6"]


def test_same_name_with_other_country_is_a_new_entity(artifact, tmp_path):
    extra = write_csv(tmp_path / "extra.csv", HEADER + "Boris Johnson,,PERSON,US,,,\n")
    gaz = load_gazetteer(artifact, extra_csv=extra)
    assert len(gaz.entities) == len(ENTITIES) + 1
    assert len(gaz.lookup_exact("Boris Johnson")) == 2


def test_extra_csv_accepts_comments_and_blank_lines(artifact, tmp_path):
    extra = write_csv(tmp_path / "extra.csv",
                      "# my entities\n" + HEADER + "\nKirill Zorin,,person,ru,,,\n")
    gaz = load_gazetteer(artifact, extra_csv=extra)
    assert gaz.lookup_exact("Kirill Zorin")[0].entity_type == "PERSON"


@pytest.mark.parametrize("row, message", [
    (",,ORG,RU,,,", "empty name"),
    ("Acme,,COMPANY,RU,,,", "COMPANY"),
    ("Acme,,ORG,Russia,,,", "two-letter"),
    ("Acme,,ORG,RU,ambassador,,", "only a PERSON"),
    ("Ann Lee,,PERSON,GB,queen_bee,,", "queen_bee"),
    ("Ann Lee,,PERSON,GB,ambassador,2019-13,", "not a valid date"),
    ("Ann Lee,,PERSON,GB,ambassador,last year,", "not a date"),
    ("Ann Lee,,PERSON,GB,ambassador,2020,2019", "after end"),
    ("Ann Lee,,PERSON,GB,,2019,", "without a role"),
])
def test_bad_extra_rows_raise_naming_the_line(artifact, tmp_path, row, message):
    extra = write_csv(tmp_path / "extra.csv", HEADER + "Good Name,,ORG,RU,,,\n" + row + "\n")
    with pytest.raises(ValueError, match=message) as error:
        load_gazetteer(artifact, extra_csv=extra)
    assert "line 3" in str(error.value)


def test_unknown_column_is_rejected(artifact, tmp_path):
    extra = write_csv(tmp_path / "extra.csv", "name,alias,type\nAcme,Acme Corp,ORG\n")
    with pytest.raises(ValueError, match="unknown columns \\['alias'\\]"):
        load_gazetteer(artifact, extra_csv=extra)


def test_gazetteer_can_be_built_from_entities_directly():
    gaz = Gazetteer([Entity("X1", "Acme Holdings", "ORG", "GB")])
    assert [e.entity_id for e, _, _ in gaz.candidates("acme holdngs")] == ["X1"]
