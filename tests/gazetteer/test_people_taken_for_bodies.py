"""A person's full name the model takes for a body is that person, and the bare surname after it follows
(gazetteer/people_taken_for_bodies.py)."""
from gazetteer.people_taken_for_bodies import person_taken_for_a_body
from tests.gazetteer.asking import ask


def test_a_full_name_labelled_a_body_is_the_one_person_so_named(resolve):
    rs = ask(resolve.resolver, "1997-04-11", ("Laurent-Desire Kabila", "ORG"), ("Zaire", "GPE"),
             ("Kabila", "PERSON", "Mr "))
    assert [(r.canonical_name, r.entity_type) for r in rs[::2]] == [("Laurent Desire Kabila", "PERSON")] * 2


def test_a_person_only_when_nothing_else_bears_the_name():
    class E:
        def __init__(self, eid, etype):
            self.entity_id, self.entity_type = eid, etype
    person, body = E("p1", "PERSON"), E("o1", "ORG")
    assert person_taken_for_a_body([person], "Heraldo Munoz", "ORG") is person
    assert person_taken_for_a_body([person, body], "Heraldo Munoz", "ORG") is None   # a body bears it too
    assert person_taken_for_a_body([person, E("p2", "PERSON")], "John Smith", "GPE") is None   # two people
    assert person_taken_for_a_body([person], "Munoz", "ORG") is None   # a bare surname: coreference's
    assert person_taken_for_a_body([person], "Heraldo Munoz", "PERSON") is None   # the person path's already
