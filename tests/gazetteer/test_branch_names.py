"""A name that says whose body it is names no namesake the gazetteer gives another state in brackets: "the
Communist Party of the Soviet Union" is no "Communist Party of the Soviet Union (Estonia)" (small entities
written for these tests; the real model and gazetteer where `resolve` is used)."""
from gazetteer.branch_names import bracketed_state, named_for_another_state
from gazetteer.model import Entity
from gazetteer.store import Gazetteer
from tests.mention_helpers import names

ENTITIES = [
    Entity("c:xq", "Qandaria", "COUNTRY", "XQ", demonyms=["Qandarian"]),
    Entity("c:zr", "Zerania", "COUNTRY", "ZR", demonyms=["Zeranian"]),
    Entity("p:zr", "Unity Party of Qandaria (Zerania)", "ORG", "ZR", aliases=["Unity Party of Qandaria"],
           sources=["partyfacts"]),
    Entity("p:xq", "Unity Party (Qandaria)", "ORG", "XQ", aliases=["Unity Party", "Qandarian Unity Party"],
           sources=["partyfacts"]),
    Entity("o:zr", "Qandarian Friendship League", "ORG", "ZR"),
]


def test_the_state_a_bracket_names():
    gaz = Gazetteer(ENTITIES)
    assert bracketed_state(gaz, ENTITIES[2]) == "ZR"
    assert bracketed_state(gaz, ENTITIES[4]) is None


def test_a_name_that_names_another_state_is_not_the_bracketed_namesake():
    gaz = Gazetteer(ENTITIES)
    assert named_for_another_state(gaz, "the Unity Party of Qandaria", ENTITIES[2]) == "XQ"
    # the bracket's own state, a name of no state, a body with no bracket: kept
    assert named_for_another_state(gaz, "the Qandarian Unity Party", ENTITIES[3]) is None
    assert named_for_another_state(gaz, "the Unity Party", ENTITIES[3]) is None
    assert named_for_another_state(gaz, "the Qandarian Friendship League", ENTITIES[4]) is None


def test_the_communist_party_of_the_soviet_union_is_not_estonian(resolve):
    text = ("In 1989 the Lithuanian Communist Party, led by Algirdas Brazauskas, split from the Communist "
            "Party of the Soviet Union, and Mikhail Gorbachev flew to Vilnius.")
    mentions = resolve(text, date="1990-01-11")
    cpsu = [m for m in mentions if m.text == "Communist Party of the Soviet Union"]
    assert cpsu and all(m.country_code in ("SU", "RU", None) for m in cpsu), names(mentions, "Communist Party")
    assert not any(m.country_code == "EE" for m in mentions if m.entity_id), names(mentions, "Communist Party")
