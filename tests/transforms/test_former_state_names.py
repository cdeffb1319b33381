"""A state's former name right after the state ("Freedonia (then known as the Silver Coast)") is that state, where
the resolver made the name a town; a state's own name after "formerly" keeps its link (made-up names)."""
from gazetteer.resolution import Resolution
from tests.mention_helpers import name_queries
from transforms.former_state_names import former_state_names

FREEDONIA = Resolution("COUNTRY", "c:fd", "Freedonia", "FD", score=1.0, method="exact")
TOWN = Resolution("CITY", "geonames:1", "Silver Coast", "RR", score=1.0, method="exact")
UNKNOWN = Resolution("LOC", None, "Upper Fredonia", None, score=0.0, method="nil")
SYLDAVIA = Resolution("COUNTRY", "c:sy", "Syldavia", "SY", score=1.0, method="exact")




def test_a_town_or_no_one_named_as_the_states_former_name_is_the_state():
    text = ("Freedonia (then known as the Silver Coast) drew many traders. Later the Silver Coast grew. "
            "Freedonia, formerly Upper Fredonia, voted.")
    queries = name_queries(text, ("Freedonia", "GPE"), ("Silver Coast", "LOC"), ("Silver Coast", "LOC"),
                       ("Freedonia", "GPE"), ("Upper Fredonia", "GPE"))
    got = former_state_names(queries, [FREEDONIA, TOWN, TOWN, FREEDONIA, UNKNOWN], text)
    assert [a.entity_id for a in got] == ["c:fd"] * 5
    assert got[1].method == "context" and got[1].entity_type == "COUNTRY"


def test_a_state_a_name_not_right_after_or_another_joining_stays():
    text = ("Freedonia (formerly Syldavia) voted. Freedonia and the Silver Coast traded. "
            "Freedonia, then the Silver Coast.")
    queries = name_queries(text, ("Freedonia", "GPE"), ("Syldavia", "GPE"), ("Freedonia", "GPE"),
                       ("Silver Coast", "LOC"), ("Freedonia", "GPE"), ("Silver Coast", "LOC"))
    answers = [FREEDONIA, SYLDAVIA, FREEDONIA, TOWN, FREEDONIA, TOWN]
    assert former_state_names(queries, answers, text) == answers
