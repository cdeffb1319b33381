"""A chamber's shared bare name right after another state's demonym or possessive ("the French | Senate",
"Argentina's | Senate") is that state's chamber, or unknown in that state: never the one state's chamber
the gazetteer knows by the bare name, even when the story names that state too."""
import pytest

from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer
from tests.gazetteer.test_foreign_bodies import ENTITIES
from tests.gazetteer.test_home_bodies import read


@pytest.fixture(scope="module")
def resolver():
    return ArticleResolver(Gazetteer(ENTITIES))


def test_a_demonym_before_the_bare_name_takes_its_states_chamber(resolver):
    text = "The Qandarian Senate approved the timber accord, and Zerania said Zerograd welcomed the vote."
    res = read(resolver, text, ("Qandarian", "NORP"), ("Senate", "ORG"), ("Zerania", "GPE"), ("Zerograd", "GPE"))
    assert res[1].entity_id == "sen:xq"   # was Zerania's, the one chamber known as "Senate"


def test_a_possessive_state_before_the_bare_name_with_no_chamber_known_is_unknown_there(resolver):
    text = "Zerania said Zerograd would write to Britain's Senate about the accord."
    res = read(resolver, text, ("Zerania", "GPE"), ("Zerograd", "GPE"), ("Britain", "GPE"), ("Senate", "ORG"))
    assert (res[3].entity_id, res[3].country_code) == (None, "GB")


def test_the_chamber_stays_with_its_own_demonym_or_a_demonym_further_away(resolver):
    text = "The Zeranian Senate approved the accord, and Zerania said Zerograd welcomed the vote."
    res = read(resolver, text, ("Zeranian", "NORP"), ("Senate", "ORG"), ("Zerania", "GPE"), ("Zerograd", "GPE"))
    assert res[1].entity_id == "sen:zr"
    text = "Qandarian farmers urged the Senate to act, and Zerania said Zerograd welcomed the call."
    res = read(resolver, text, ("Qandarian", "NORP"), ("Senate", "ORG"), ("Zerania", "GPE"), ("Zerograd", "GPE"))
    assert res[1].entity_id == "sen:zr"


def test_the_french_senate_in_a_story_naming_the_united_states_is_no_american_chamber(resolve):
    ms = resolve("The French Senate will vote on the tunnel bill in May, after the National Assembly. The shares "
                 "will also be offered in the United States and Japan.", "1987-03-31")
    senate = [m for m in ms if m.text == "Senate"]
    assert senate and all(m.entity_id is None and m.country_code == "FR" for m in senate)
    # an American story keeps its Senate
    ms = resolve("American farm groups urged the Senate on Tuesday to extend the loan program.", "1987-03-31")
    assert {m.canonical_name for m in ms if m.text == "Senate"} == {"United States Senate"}
