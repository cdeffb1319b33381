"""A telegram's "GoA" / "GOI" is the government of the article's state of that initial, not a place named so."""
from gazetteer.model import Entity
from gazetteer.resolution import NameQuery, Resolution
from gazetteer.store import Gazetteer
from transforms.government_shorthand import government_shorthand

GAZ = Gazetteer([
    Entity("c:ar", "Argentina", "COUNTRY", "AR", demonyms=["Argentine"]),
    Entity("c:au", "Australia", "COUNTRY", "AU", demonyms=["Australian"]),
    Entity("c:in", "India", "COUNTRY", "IN", demonyms=["Indian"]),
    Entity("gov:ar", "Government of Argentina", "ORG", "AR", acts_for="AR", aliases=["Argentine Government"]),
    Entity("gov:in", "Government of India", "ORG", "IN", acts_for="IN", aliases=["Indian Government"]),
    Entity("gov:au", "Government of Australia", "ORG", "AU", acts_for="AU"),
    Entity("geo:goa", "Goa", "CITY", "IN", sources=["phoenix"]),
    Entity("party:gop", "Republican Party", "ORG", "US", aliases=["GOP"]),
])
GOA_PLACE = Resolution("CITY", "geo:goa", "Goa", "IN", None, None, 1.0, "exact")
UNKNOWN = Resolution("ORG", None, None, None, None, None, 0.0, "nil")


def _state(code, name, kind="COUNTRY"):
    return Resolution(kind, "c:" + code.lower(), name, code, None, None, 1.0, "exact")


def _run(names_and_answers):
    queries = [NameQuery(text, "ORG", 0, len(text)) for text, _ in names_and_answers]
    return government_shorthand(GAZ, queries, [a for _, a in names_and_answers])


def test_the_shorthand_is_the_government_of_the_state_the_cable_names():
    # "Foreign Minister Fernando Ruiz said the GoA had been surprised ... Argentine officials"
    for text, answer in (("GoA", GOA_PLACE), ("GOA", GOA_PLACE), ("GoA", UNKNOWN), ("GoA", None)):
        got = _run([("Argentina", _state("AR", "Argentina")), (text, answer),
                    ("Argentine", _state("AR", "Argentina", "NORP"))])[1]
        assert (got.entity_id, got.entity_type, got.acts_for) == ("gov:ar", "ORG", "AR")
    # "GOI" in a cable that names India (and its Goa) is India's government
    got = _run([("India", _state("IN", "India")), ("GOI", UNKNOWN), ("Goa", GOA_PLACE)])[1]
    assert got.entity_id == "gov:in"


def test_a_tie_or_no_state_of_that_initial_leaves_the_answer():
    tie = [("Argentina", _state("AR", "Argentina")), ("Australia", _state("AU", "Australia")), ("GOA", GOA_PLACE)]
    assert _run(tie)[2] == GOA_PLACE
    assert _run([("India", _state("IN", "India")), ("GOA", GOA_PLACE)])[1] == GOA_PLACE


def test_a_known_body_or_person_keeps_its_link_and_other_names_are_not_read():
    gop = Resolution("ORG", "party:gop", "Republican Party", "US", None, None, 1.0, "exact")
    pakistan = Resolution("COUNTRY", "c:pk", "Pakistan", "PK", None, None, 1.0, "exact")
    assert _run([("Pakistan", pakistan), ("GOP", gop)])[1] == gop
    assert _run([("Argentina", _state("AR", "Argentina")), ("Goa", GOA_PLACE)])[1] == GOA_PLACE
    assert _run([("Argentina", _state("AR", "Argentina")), ("GOAL", UNKNOWN)])[1] == UNKNOWN
    assert government_shorthand(None, [NameQuery("GoA", "ORG", 0, 3)], [GOA_PLACE]) == [GOA_PLACE]


def test_the_cable_s_own_address_names_its_state_first():
    # "Telegram From the Embassy in Australia to the Department of State ... Argentina ... Argentine ... the GOA"
    queries = [NameQuery("Australia", "GPE", 30, 39, context_before="Telegram From the Embassy in "),
               NameQuery("Argentina", "GPE", 400, 409), NameQuery("Argentine", "NORP", 500, 509),
               NameQuery("GOA", "ORG", 600, 603)]
    answers = [_state("AU", "Australia"), _state("AR", "Argentina"), _state("AR", "Argentina", "NORP"), UNKNOWN]
    assert government_shorthand(GAZ, queries, answers)[3].entity_id == "gov:au"
    # an address far into the text is no address: the state named most often
    late = [q._replace(start_char=q.start_char + 1000) for q in queries]
    assert government_shorthand(GAZ, late, answers)[3].entity_id == "gov:ar"
