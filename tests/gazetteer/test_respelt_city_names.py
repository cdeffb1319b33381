"""A large city written the way older news wrote it is found in text: the GeoNames alternate names that
only respell a matched city name ("Erzerum", "Petah Tikva", "Marrakech") are phrases too, while
another language's name, a respelling of a name not matched itself and an English word are not
(gazetteer.city_phrases.respelt_names; sentences written for these tests)."""
import pytest

from gazetteer import city_phrases
from gazetteer.model import Entity
from gazetteer.phrases import COMMON_WORDS, phrases_by_label
from gazetteer.resolver import ArticleResolver
from gazetteer.store import load_gazetteer
from transforms.recognise import EntityRecogniser, load_spacy_model
from transforms.records import Article
from transforms.resolve import resolve_mentions

DATE = "1985-05-02"


def city(name, population, *aliases, cc="XX"):
    return Entity(entity_id=f"geonames:{name}", canonical_name=name, entity_type="CITY", country_code=cc,
                  aliases=list(aliases), population=population, sources=["geonames"])


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.fixture(scope="module")
def places(gaz):
    resolver = ArticleResolver(gaz)
    recogniser = EntityRecogniser(load_spacy_model(), phrases_by_label(gaz.entities))

    def found(text):
        (r,) = recogniser.recognise([Article("t1", text, published_date=DATE)])
        return [(m.text, m.entity_type, m.country_code) for m in resolve_mentions(resolver, "t1", DATE, r.mentions)]
    return found


@pytest.mark.parametrize("text, place", [
    ("Talks at Erzerum ended without agreement.", ("Erzerum", "CITY", "TR")),
    ("In Petah Tikva police arrested two men after the protest.", ("Petah Tikva", "CITY", "IL")),
    ("At Marrakech King Hassan received the envoy.", ("Marrakech", "CITY", "MA")),
])
def test_an_older_spelling_of_a_large_city_is_that_city(places, text, place):
    assert place in places(text)


def test_only_respellings_of_a_matched_name_of_a_large_city_are_phrases():
    taken = {"Nowherbourg"}      # a word of a person's name
    big = city("Nowhereburg", 400_000, "Nowherebourg", "Nowherburg", "Nowherbourg", "Lutetia", "Nowhereburgo")
    names = city_phrases.text_names(big, set(), COMMON_WORDS)
    assert names == ["Nowhereburg"]
    # a respelling, not another language's name, a person's word or an inflection ("-o")
    assert city_phrases.respelt_names(big, names, taken, COMMON_WORDS) == ["Nowherebourg", "Nowherburg"]
    small = city("Littleburg", 120_000, "Littlebourg")
    assert city_phrases.respelt_names(small, city_phrases.text_names(small, set(), COMMON_WORDS), set(),
                                      COMMON_WORDS) == []
    # an English word that respells the city's name stays a word
    delta = city("Deltta", 400_000, "Delta")
    assert city_phrases.respelt_names(delta, ["Deltta"], set(), COMMON_WORDS) == []


def test_a_respelling_of_a_town_named_like_a_word_or_a_person_is_no_phrase(gaz):
    phrases = set(phrases_by_label(gaz.entities)["CITY"])
    assert "Erzerum" in phrases and "Marrakech" in phrases
    # Reading's "Reding" (a surname too), Hamilton's "Khamilton": their main names are not matched either
    assert not {"Reading", "Reding", "Khamilton"} & phrases
    assert "Stanleyville" not in phrases        # another language's name for Kisangani, no respelling
