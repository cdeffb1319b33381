"""A capital's one-word name garbled by a machine ("SOEUL -") is that capital, in a dateline or in a
story that names its state; an English word spelt like a capital elsewhere is not (sentences written
for these tests)."""
import pytest

from gazetteer.garbled_places import by_skeleton, capital_words, garbled_capital
from gazetteer.model import Entity
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer
from tests.gazetteer.test_home_bodies import read

ENTITIES = [
    Entity("c:xq", "Qandaria", "COUNTRY", "XQ", demonyms=["Qandarian"]),
    Entity("c:xr", "Rostavia", "COUNTRY", "XR", demonyms=["Rostavian"]),
    Entity("capital:varn", "Varnograd", "CITY", "XQ", acts_for="XQ"),
    Entity("capital:tunas", "Tunas", "CITY", "XR", acts_for="XR"),
    Entity("capital:kelab", "Kelabat", "CITY", "XR", acts_for="XR"),
    Entity("p:tenas", "Mira Tenas", "PERSON", "XQ"),
]


@pytest.fixture(scope="module")
def resolver():
    return ArticleResolver(Gazetteer(ENTITIES))


def test_a_garbled_capital_is_one_spelling_of_one_capital():
    words = capital_words(ENTITIES)
    assert garbled_capital("VARNOGARD", "GPE", words, False).entity_id == "capital:varn"   # letters swapped
    assert garbled_capital("Varnogradd", "ORG", words, False).entity_id == "capital:varn"  # a letter doubled
    assert garbled_capital("Varnograd", "GPE", words, False) is None      # the name itself: found elsewhere
    assert garbled_capital("Varnogard", "PERSON", words, False) is None   # a person's label: not asked
    assert garbled_capital("Varnogard", "GPE", words, True) is None       # a name the gazetteer holds
    assert garbled_capital("Vornagrab", "GPE", words, False) is None      # other consonants
    assert garbled_capital("Kelabad", "GPE", words, False).entity_id == "capital:kelab"   # its last stop voiced
    assert garbled_capital("Varnograt", "GPE", words, False).entity_id == "capital:varn"  # ... or devoiced
    assert garbled_capital("Kelabam", "GPE", words, False) is None        # another last consonant


def test_in_a_dateline_or_with_its_state_named(resolver):
    text = "VARNOGARD - The government said on Monday that talks would resume."
    res = read(resolver, text, ("VARNOGARD", "GPE"))
    assert res[0].entity_id == "capital:varn"
    text = "Rostavia and Qandaria met. Officials in Tunis said the Tenus federation agreed."
    res = read(resolver, text, ("Rostavia", "GPE"), ("Qandaria", "GPE"), ("Tenus", "ORG"))
    assert res[2].entity_id == "capital:tunas"


def test_a_word_like_a_capital_of_a_state_the_story_never_names_is_none():
    resolver = ArticleResolver(Gazetteer(ENTITIES))
    text = "Qandaria's players met. The Tenus federation agreed on Monday."
    res = read(resolver, text, ("Qandaria", "GPE"), ("Tenus", "ORG"))
    assert res[1].entity_id is None


def test_the_capitals_by_skeleton_give_the_same_answers():
    words = capital_words(ENTITIES)
    skeletons = by_skeleton(words)
    assert sorted(skeletons) == ["frngrt", "klbt", "tns"]   # (folded: a "v" is an "f", a last "d" a "t")
    for text in ("VARNOGARD", "Varnogradd", "Varnograd", "Vornagrab", "Kelabad", "Tunnas", "Tenus", "Tinas", "Qunas", ""):
        for known in (False, True):
            assert garbled_capital(text, "GPE", words, known, skeletons) == garbled_capital(text, "GPE", words, known)
