"""A body's name in the other English spelling and with its state's demonym for the state's name (made-up bodies)."""
import pytest

from gazetteer.body_spellings import respelt_bodies
from gazetteer.model import Entity
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer
from tests.gazetteer.asking import ask


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer([
        Entity("c:fd", "Freedonia", "COUNTRY", "FD", demonyms=["Freedonian"]),
        Entity("c:rr", "Ruritania", "COUNTRY", "RR", demonyms=["Ruritanian"]),
        Entity("org:flo", "Freedonia Liberation Organization", "ORG", "FD"),
        Entity("org:rpf", "Ruritanian People's Front", "ORG", "RR"),
        Entity("org:ofc", "Organization for Fishery Cooperation", "ORG", None),
        Entity("org:rdf", "Ruritania Defense Front", "ORG", "FD"),   # a body of another state named after Ruritania
    ])


def test_the_demonym_and_the_british_ending_together_find_the_body(gaz):
    resolver = ArticleResolver(gaz)
    body, = ask(resolver, "1988-01-01", ("Freedonian Liberation Organisation", "ORG"))
    assert body.entity_id == "org:flo" and body.method == "fuzzy"
    front, = ask(resolver, "1988-01-01", ("Ruritania People's Front", "ORG"))   # the state's name for its demonym
    assert front.entity_id == "org:rpf"
    fishery, = ask(resolver, "1988-01-01", ("Organisation for Fishery Cooperation", "ORG"))
    assert fishery.entity_id == "org:ofc"


def test_a_body_found_through_a_state_must_be_that_states(gaz):
    assert respelt_bodies(gaz, "Ruritanian Defense Front", ("ORG",)) == []   # the sources' body is Freedonia's
    assert respelt_bodies(gaz, "Freedonian Liberation Organisation", ("PERSON",)) == []
    assert respelt_bodies(gaz, "Freedonian", ("ORG",)) == []   # one word is the state's demonym, no body
    assert respelt_bodies(gaz, "Freedonia Liberation Organization", ("ORG",)) == []   # as held: found before
    assert [e.entity_id for e in respelt_bodies(gaz, "Freedonian Liberation Organisation", ("ORG",))] == ["org:flo"]


def test_other_words_are_not_respelt(gaz):
    resolver = ArticleResolver(gaz)
    other, = ask(resolver, "1988-01-01", ("Freedonian Unity Organisation", "ORG"))
    assert other.entity_id is None
