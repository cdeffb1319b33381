"""A body the source last saw years ago, named in full by the story, is what its short form names there too.

Party Facts gives a party the last year its datasets saw it (the Bangladesh Nationalist Party: 2008), and
a story dated later that names a party by its short form only is no such party ("BP" in 1987 is no
party). But a story that names the party in full ("the Bangladesh Nationalist Party (BNP)") says the
party is there: its short forms in that story are the same party, not an unknown body.
"""
from gazetteer.model import Entity
from gazetteer.resolution import NameQuery, Resolution
from gazetteer.store import Gazetteer
from transforms.out_of_time import bodies_out_of_time

GAZ = Gazetteer([
    Entity("p:old", "Farmland League", "ORG", "XQ", aliases=["FL"], founded="1959", dissolved="1977"),
    Entity("p:new", "Quarry Party", "ORG", "XQ", aliases=["QP"], founded="2018"),
])


def q(text, start=0):
    return NameQuery(text, "ORG", start, start + len(text))


def link(eid, name):
    return Resolution("ORG", eid, name, "XQ", score=0.97, method="alias")


def test_the_short_form_of_a_body_the_story_names_in_full_stays_linked():
    queries = [q("Farmland League"), q("FL", 20), q("FL", 60)]
    answers = [link("p:old", "Farmland League")] * 3
    assert [a.entity_id for a in bodies_out_of_time(GAZ, queries, answers, "1995-01-01")] == ["p:old"] * 3


def test_a_short_form_alone_and_a_body_not_yet_founded_stay_unknown():
    (alone,) = bodies_out_of_time(GAZ, [q("FL")], [link("p:old", "Farmland League")], "1995-01-01")
    assert alone.entity_id is None
    later = bodies_out_of_time(GAZ, [q("Quarry Party"), q("QP", 20)], [link("p:new", "Quarry Party")] * 2,
                               "1990-01-01")
    assert [a.entity_id for a in later] == [None, None]

