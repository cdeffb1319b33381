"""A man's title before a bare surname is no woman of that surname, nor a woman's title a man, whether the
title stands before the name or the model took it into the name ("Mr Caton" is no Valerie Caton)."""
from gazetteer.model import Entity, Role
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer
from tests.gazetteer.asking import ask

ENTITIES = [
    Entity("c:gb", "United Kingdom", "COUNTRY", "GB", aliases=["Britain"], demonyms=["British"]),
    Entity("p:caton", "Valerie Caton", "PERSON", "GB",
           roles=[Role("ambassador", "Ambassador to Finland", "GB", "2006", "2010")]),
    Entity("p:lisle", "Roger Lisle", "PERSON", "GB",
           roles=[Role("ambassador", "Ambassador to Norway", "GB", "2006", "2010")]),
]


def resolver():
    return ArticleResolver(Gazetteer(ENTITIES))


def test_a_title_of_the_other_sex_before_a_surname_is_someone_else():
    r = resolver()
    _, before = ask(r, "2012-04-25", ("Britain", "GPE"), ("Caton", "PERSON", "It is a pleasure, Mr "))
    _, glued = ask(r, "2012-04-25", ("Britain", "GPE"), ("Mr Caton", "PERSON", "It is a pleasure, "))
    _, woman = ask(r, "2012-04-25", ("Britain", "GPE"), ("Mrs Lisle", "PERSON", "It is a pleasure, "))
    assert before.entity_id is None and glued.entity_id is None and woman.entity_id is None
    # a title of the person's own sex still names them
    _, caton = ask(r, "2012-04-25", ("Britain", "GPE"), ("Caton", "PERSON", "It is a pleasure, Ms "))
    _, lisle = ask(r, "2012-04-25", ("Britain", "GPE"), ("Mr Lisle", "PERSON", "It is a pleasure, "))
    assert (caton.entity_id, lisle.entity_id) == ("p:caton", "p:lisle")
