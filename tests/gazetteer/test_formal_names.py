"""A country under its formal name ("the Commonwealth of Australia") is that country; formal names
that tell two states apart stay with the state they name."""
import pytest

from gazetteer.formal_names import country_but_for_an_article, formal_country
from gazetteer.model import Entity
from gazetteer.store import Gazetteer
from tests.gazetteer.test_resolver import named   # the fixture `resolve` is tests/gazetteer/conftest.py's


def country(code, name, *aliases):
    return Entity(code, name, "COUNTRY", code, aliases=list(aliases))


GAZ = Gazetteer([
    country("AT", "Atlantis"),
    country("NB", "North Borea", "Democratic People's Republic of Borea"),
    country("SB", "South Borea", "Republic of Borea"),
    country("LE", "Lemuria", "Socialist Republic of Lemuria"),
    country("MU", "Mu"),
    country("M2", "Mu"),
])


@pytest.mark.parametrize("text, code", [
    ("Commonwealth of Atlantis", "AT"),
    ("the Kingdom of Atlantis", "AT"),
    ("Federal Republic of Atlantis", "AT"),
    ("Islamic Republic of Atlantis", "AT"),
    ("Republic of Borea", "SB"),                       # the alias decides, not the rule
    ("Democratic People's Republic of Borea", "NB"),
])
def test_a_formal_name_is_its_country(text, code):
    found = formal_country(GAZ, text) or next(iter(GAZ.lookup_exact(text, types=("COUNTRY",))), None)
    assert found is not None and found.country_code == code


@pytest.mark.parametrize("text", [
    "Democratic Republic of Atlantis",       # "Democratic" tells states apart: no form word
    "People's Republic of Atlantis",
    "State of Atlantis",                     # "the State of Georgia" is an American state
    "Republic of Lemuria",                   # not the Socialist Republic: another regime
    "Kingdom of Mu",                         # two countries called Mu
    "Republic of Atlantis Act",              # no country after "of"
    "Union of Concerned Scientists",
])
def test_other_names_are_no_formal_name_of_a_country(text):
    assert formal_country(GAZ, text) is None


def test_in_text_formal_names_resolve_to_the_country(resolve):
    ms = resolve("Relations between the Commonwealth of Australia and the Kingdom of Spain improved, "
                 "as did those with the Republic of Georgia.")
    assert named(ms, "Commonwealth of Australia").country_code == "AU"
    assert named(ms, "Commonwealth of Australia").entity_type == "COUNTRY"
    assert named(ms, "Kingdom of Spain").country_code == "ES"
    assert named(ms, "Republic of Georgia").country_code == "GE"


ARTICLES = Gazetteer([
    country("OC", "Democratic Republic of the Ocean", "Ocean-Kinshasa"),
    country("OR", "Republic of the Ocean"),
    country("IS", "Isles"),
    Entity("x1", "Ocean (democratic Republic)", "OTHER", "OC", aliases=["Ocean Democratic Republic"]),
])


@pytest.mark.parametrize("text, code", [
    ("Democratic Republic of Ocean", "OC"),      # "the" left out
    ("Republic of Ocean", "OR"),
    ("the Republic of Ocean", "OR"),
])
def test_a_country_name_but_for_its_article_is_the_country(text, code):
    found = country_but_for_an_article(ARTICLES, text)
    assert found is not None and found.country_code == code and found.entity_type == "COUNTRY"


@pytest.mark.parametrize("text", [
    "Democratic Republic of the Ocean",          # the whole name: the exact lookup decides
    "Ocean Democratic Republic",                 # another entity's own name
    "Republic of Ocean Islands",                 # words of its own
    "Isles",                                     # one word: normalise already drops a leading "the"
    "democratic republic of ocean",              # no name
])
def test_other_names_are_no_country_but_for_an_article(text):
    assert country_but_for_an_article(ARTICLES, text) is None


def test_in_text_a_country_without_its_article_is_the_country(resolve):
    ms = resolve("The Democratic Republic of Congo (DRC) has expelled the envoy of Burundi, a spokesman said.")
    assert named(ms, "Democratic Republic of Congo").entity_type == "COUNTRY"
    assert named(ms, "Democratic Republic of Congo").country_code == "CD"
    assert named(ms, "DRC").country_code == "CD"
