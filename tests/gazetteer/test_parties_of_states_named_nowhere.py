"""A party found by a name several states' parties share, of a state the story names by nothing else, gives
the story no country: "the Popular Alliance" in a Madrid story is no reason to read "the Socialist
government" as a party of San Marino."""
from gazetteer.foreign_bodies import parties_of_states_named_nowhere
from gazetteer.model import Entity
from gazetteer.store import Gazetteer
from tests.mention_helpers import linked_names, name_queries

ENTITIES = [
    Entity("c:xq", "Qandaria", "COUNTRY", "XQ", demonyms=["Qandarian"]),
    Entity("c:zr", "Zerania", "COUNTRY", "ZR", demonyms=["Zeranian"]),
    Entity("p:zr", "Popular Front (Zerania, historical)", "ORG", "ZR", aliases=["Popular Front"], sources=["partyfacts"]),
    Entity("s:zr", "Senate of Zerania", "ORG", "ZR", aliases=["Senate"]),
]


class _Found:
    def __init__(self, entity, method="alias"):
        self.entity, self.method, self.entity_type = entity, method, entity.entity_type




def test_a_shared_body_name_of_a_state_named_nowhere_else_is_set_aside():
    gaz = Gazetteer(ENTITIES)
    text = "Qandaria's unions marched on Monday, and the Popular Front tabled a censure motion."
    queries = name_queries(text, ("Qandaria", "GPE"), ("Popular Front", "ORG"), context=80)
    found = [_Found(gaz.country("XQ")), _Found(ENTITIES[2])]
    assert parties_of_states_named_nowhere(gaz, queries, found) == {1}
    # ... but not when the story names Zerania too, nor when the body is all the story names
    text = "Qandaria and Zerania met on Monday, and the Popular Front tabled a censure motion."
    queries = name_queries(text, ("Qandaria", "GPE"), ("Zerania", "GPE"), ("Popular Front", "ORG"), context=80)
    found = [_Found(gaz.country("XQ")), _Found(gaz.country("ZR")), _Found(ENTITIES[2])]
    assert parties_of_states_named_nowhere(gaz, queries, found) == set()
    queries = name_queries("The Popular Front tabled a censure motion.", ("Popular Front", "ORG"), context=80)
    assert parties_of_states_named_nowhere(gaz, queries, [_Found(ENTITIES[2])]) == set()
    # a state's chamber still counts: a debate's "the Senate" may be all that names its state
    text = "Qandaria's unions marched on Monday, and the Senate debated sanctions."
    queries = name_queries(text, ("Qandaria", "GPE"), ("Senate", "ORG"), context=80)
    assert parties_of_states_named_nowhere(gaz, queries, [_Found(gaz.country("XQ")), _Found(ENTITIES[3])]) == set()


def test_a_spanish_story_naming_the_popular_alliance_has_no_sammarinese_socialists(resolve):
    text = ("Spain's transport unions called a rail strike for Friday. Prime Minister Felipe Gonzalez told "
            "reporters the Socialist government would not give in. The leader of the right-wing Popular "
            "Alliance (AP) said the cabinet had run out of ideas.")
    mentions = resolve(text, date="1986-11-12")
    assert not any(m.country_code == "SM" for m in mentions if m.entity_id)
    assert "Felipe Gonzalez" in linked_names(mentions, "Felipe Gonzalez")
