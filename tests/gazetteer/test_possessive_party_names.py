"""A party's name written without its possessive ("the People Party") is the name parties of many states
bear ("People's Party"): it names its own state's party only in a story that names that state (sentences
and small gazetteers written for these tests; the real model and gazetteer where `resolve` is used)."""
from gazetteer.model import Entity
from gazetteer.possessive_party_names import borne_with_possessives, without_possessives
from gazetteer.store import Gazetteer
from tests.mention_helpers import linked_names, names

ENTITIES = [
    Entity("c:xq", "Qandaria", "COUNTRY", "XQ", demonyms=["Qandarian"]),
    Entity("p:xq", "People Party", "ORG", "XQ", sources=["partyfacts"]),
    Entity("p:zr", "People's Party (Zerania)", "ORG", "ZR", aliases=["People's Party"], sources=["partyfacts"]),
    Entity("p:bd", "People's Party (Borduria)", "ORG", "BD", aliases=["People's Party"], sources=["partyfacts"]),
    Entity("p:xq2", "Workers Front", "ORG", "XQ", sources=["partyfacts"]),
    Entity("p:zr2", "Workers' Front", "ORG", "ZR", sources=["partyfacts"]),
    Entity("o:xq", "People Theatre", "ORG", "XQ"),
    Entity("o:zr", "People's Theatre (Zerania)", "ORG", "ZR", aliases=["People's Theatre"]),
    Entity("o:bd", "People's Theatre (Borduria)", "ORG", "BD", aliases=["People's Theatre"]),
]


def test_the_name_without_its_possessive():
    assert without_possessives("the People's Party") == without_possessives("People Party") == "people party"
    assert without_possessives("Workers' Front") == "workers front"


def test_a_name_other_states_parties_bear_with_a_possessive_is_shared():
    gaz = Gazetteer(ENTITIES)
    assert borne_with_possessives(gaz, "People Party", ENTITIES[1])
    # one other state's party so named is not yet a name many states share
    assert not borne_with_possessives(gaz, "Workers Front", ENTITIES[4])
    # nor is a body that is no party
    assert not borne_with_possessives(gaz, "People Theatre", ENTITIES[6])


def test_the_people_party_in_a_swiss_election_story_is_not_thailands(resolve):
    text = ("The Social Democrats lost six seats in the Swiss parliamentary elections on Sunday, while the "
            "right-wing People Party added four seats in the lower house, Swiss radio said.")
    mentions = resolve(text, date="1987-10-19")
    assert not any(m.country_code == "TH" for m in mentions if m.entity_id), names(mentions, "People Party")


def test_the_people_party_in_a_thai_story_stays_thailands(resolve):
    text = ("Thai Prime Minister Prem Tinsulanonda met leaders of the People Party in Bangkok on Monday to "
            "discuss the coalition, a Thai government spokesman said.")
    mentions = resolve(text, date="1987-10-19")
    assert linked_names(mentions, "People Party") == {"People Party"}, names(mentions, "People Party")
