"""A town name left unknown in a parliament's debate is the debate's state's one town of that name; so is one
linked to a town of a state the debate never names otherwise, or it is unknown."""
from gazetteer.model import Entity
from gazetteer.resolution import NameQuery, Resolution
from gazetteer.store import Gazetteer
from transforms.home_towns import home_towns

GAZ = Gazetteer([
    Entity("c:xq", "Qandaria", "COUNTRY", "XQ"),
    Entity("c:xr", "Rostavia", "COUNTRY", "XR"),
    Entity("t:brill_q", "Brillmouth", "CITY", "XQ"),
    Entity("t:brill_r", "Brillmouth", "CITY", "XR"),
    Entity("t:two_a", "Dunmore", "CITY", "XQ"),
    Entity("t:two_b", "Dunmore", "CITY", "XQ"),
    Entity("t:hale", "Halebury", "CITY", "XR"),
])


def _ask(*names):
    queries = [NameQuery(text, label, 0, len(text)) for text, label in names]
    answers = [Resolution("OTHER", None, text, method="nil") for text, _ in names]
    return queries, answers


def test_an_unknown_town_of_a_debate_is_its_states_town():
    queries, answers = _ask(("Brillmouth", "GPE"))
    assert home_towns(GAZ, "XQ", queries, answers)[0].entity_id == "t:brill_q"
    assert home_towns(GAZ, "XR", queries, answers)[0].entity_id == "t:brill_r"


def test_no_debate_two_towns_at_home_none_at_home_or_a_body_stay_as_they_were():
    queries, answers = _ask(("Brillmouth", "GPE"), ("Dunmore", "GPE"), ("Halebury", "GPE"), ("Brillmouth", "ORG"))
    assert [a.entity_id for a in home_towns(GAZ, None, queries, answers)] == [None, None, None, None]
    assert [a.entity_id for a in home_towns(GAZ, "XQ", queries, answers)] == ["t:brill_q", None, None, None]


def test_a_linked_town_of_a_state_the_debate_names_keeps_its_link():
    queries, _ = _ask(("Brillmouth", "GPE"), ("Rostavia", "GPE"))
    answers = [Resolution("CITY", "t:brill_r", "Brillmouth", "XR", method="context"),
               Resolution("COUNTRY", "c:xr", "Rostavia", "XR", "XR", method="exact")]
    assert home_towns(GAZ, "XQ", queries, answers)[0].entity_id == "t:brill_r"


def test_a_town_of_a_state_the_debate_never_names_is_the_debates_own_or_unknown():
    """"the dock strike in Hull" in a Commons debate is no Canadian town's."""
    queries, _ = _ask(("Brillmouth", "GPE"), ("Halebury", "GPE"))
    answers = [Resolution("CITY", "t:brill_r", "Brillmouth", "XR", method="exact"),
               Resolution("CITY", "t:hale", "Halebury", "XR", method="exact")]
    out = home_towns(GAZ, "XQ", queries, answers)
    assert [(a.entity_id, a.country_code) for a in out] == [("t:brill_q", "XQ"), (None, None)]
    # with no debate, the links stand
    assert [a.entity_id for a in home_towns(GAZ, None, queries, answers)] == ["t:brill_r", "t:hale"]
