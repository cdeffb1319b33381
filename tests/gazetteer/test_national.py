"""Governments, former states' bodies, news media, international bodies and country names that
the model mislabels, against the built gazetteer (names written for these tests)."""
import csv
from pathlib import Path

import pytest

from gazetteer.resolution import NameQuery
from gazetteer.resolver import ArticleResolver
from gazetteer.store import load_gazetteer
from tests.gazetteer.asking import ask


@pytest.fixture(scope="module")
def resolver():
    return ArticleResolver(load_gazetteer())


def test_a_government_is_named_by_its_country_and_demonym(resolver):
    hmg, kenyan, of_kenya = ask(resolver, "2021-03-01", ("Her Majesty's Government", "ORG"),
                                ("Kenyan Government", "ORG"), ("Government of Kenya", "ORG"))
    assert (hmg.canonical_name, hmg.acts_for) == ("Government of the United Kingdom", "GB")
    assert kenyan.entity_id == of_kenya.entity_id and kenyan.acts_for == "KE"


def test_a_former_state_has_its_own_foreign_ministry(resolver):
    (ministry,) = ask(resolver, "1985-09-14", ("Soviet Foreign Ministry", "ORG"))
    assert ministry.country_code == "SU" and ministry.acts_for == "SU"
    (east,) = ask(resolver, "1975-09-14", ("East German Government", "ORG"))
    assert east.country_code == "DD"


def test_news_agencies_are_known_with_their_country(resolver):
    aj, kcna = ask(resolver, "2020-01-01", ("Al Jazeera", "ORG"), ("KCNA", "ORG"))
    assert (aj.canonical_name, aj.country_code) == ("Al Jazeera", "QA")
    assert kcna.country_code == "KP"


def test_an_international_body_beats_a_foreign_partys_abbreviation(resolver):
    # one passing mention of Portugal does not make "UN" a Portuguese party
    _, _, _, un = ask(resolver, "1987-01-01", ("Canada", "GPE"), ("Japan", "GPE"), ("Portugal", "GPE"), ("UN", "ORG"))
    assert un.canonical_name == "United Nations"


def test_an_exact_country_name_or_demonym_beats_the_models_label(resolver):
    lanka, mali, ugandan = ask(resolver, "1987-03-02", ("Sri Lanka", "PERSON|GAZ:COUNTRY"),
                               ("Mali", "PERSON|GAZ:COUNTRY"), ("Ugandan", "PERSON|GAZ:NORP"))
    assert (lanka.entity_type, lanka.country_code) == ("COUNTRY", "LK")
    assert mali.country_code == "ML"
    assert (ugandan.entity_type, ugandan.country_code) == ("NORP", "UG")


def test_no_person_is_typed_in_by_hand():
    # people come from licensed sources only; the curated files hold organisations and cities
    sources = Path(__file__).resolve().parents[2] / "gazetteer" / "sources"
    assert not (sources / "curated_people.csv").exists()
    for name in ("curated_organisations.csv", "curated_cities.csv"):
        with open(sources / name, encoding="utf-8") as f:
            assert {r["entity_type"] if "entity_type" in r else "CITY" for r in csv.DictReader(f)} <= {"ORG", "CITY"}


def test_a_diplomatic_mission_is_generated_from_its_sending_state_and_host(resolver):
    text = "Poland closed the Ruritanian Embassy. Officials at the Russian Embassy in Warsaw and Moscow's mission to London left."
    names = [("Ruritanian Embassy", "ORG"), ("Russian Embassy", "ORG"), ("Warsaw", "GPE"),
             ("Moscow's mission", "ORG"), ("London", "GPE")]
    queries = []
    for name, label in names:
        start = text.index(name)
        before = text[max(0, text.rfind(".", 0, start) + 1):start]
        queries.append(NameQuery(name, label, start, start + len(name), before))
    ruritania, embassy, warsaw, mission, london = resolver.resolve("2022-04-07", queries)
    assert ruritania.entity_id is None                      # no such state: not a mission we know
    assert (embassy.canonical_name, embassy.country_code, embassy.acts_for, embassy.method) == \
        ("Embassy of Russia, Warsaw", "RU", "RU", "generated")
    assert warsaw.country_code == "PL"                      # the host keeps its own mention
    assert (mission.canonical_name, mission.acts_for) == ("Mission of Russia, London", "RU")
    (plain,) = ask(resolver, "2022-04-07", ("the Embassy of Germany", "ORG"))
    assert plain.canonical_name == "Embassy of Germany" and plain.entity_id == "mission:embassy:DE:-"


def test_a_city_before_embassy_is_where_the_embassy_is_not_whose(resolver):
    # a US story's "the Moscow Embassy" is the US embassy in Moscow: never Russia's
    (in_moscow,) = ask(resolver, "1987-04-07", ("the Moscow Embassy", "ORG"))
    assert in_moscow.acts_for != "RU"
    (moscows,) = ask(resolver, "1987-04-07", ("Moscow's Embassy", "ORG"))   # a possessive names the sender
    assert moscows.acts_for in ("RU", "SU")


def test_a_fuzzy_body_never_belongs_to_another_country_than_its_name_says(resolver):
    (us,) = ask(resolver, "2018-03-01", ("US Governmant", "ORG"))
    assert us.acts_for in (None, "US")
    (soviet,) = ask(resolver, "1985-03-01", ("Soviet Foreign Ministri", "ORG"))
    assert soviet.acts_for in (None, "SU")
