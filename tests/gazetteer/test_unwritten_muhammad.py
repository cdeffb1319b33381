"""A name written without its opening Muhammad is the person the sources name in full, when the
story names the person's country (made-up people on a small gazetteer written here)."""
import pytest

from gazetteer.model import Entity, Role
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer
from gazetteer.unwritten_muhammad import is_muhammad, written_without_muhammad
from tests.gazetteer.asking import ask


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer([
        Entity("c:qa", "Qandaria", "COUNTRY", "QA", demonyms=["Qandarian"]),
        Entity("c:fr", "France", "COUNTRY", "FR", demonyms=["French"]),
        Entity("p:dar", "Mohammed Idris Farouk", "PERSON", "QA",
               roles=[Role("foreign_minister", "Foreign Minister", "QA", "2008-05-01", "2012-07-31")]),
        Entity("p:agha", "Agha Muhammad Salim Nadeem", "PERSON", "QA",
               roles=[Role("head_of_state", "President", "QA", "1969-03-25", "1971-12-20")]),
        Entity("p:mahmoud", "Mahmoud Karim Tahir", "PERSON", "QA",
               roles=[Role("minister", "Minister", "QA", "2001-01-01", "2005-01-01")]),
        Entity("p:twins1", "Mohamed Sami Haddad", "PERSON", "QA", roles=[Role("minister", "Minister", "QA", "2001", None)]),
        Entity("p:twins2", "Muhammad Sami Haddad", "PERSON", "QA", roles=[Role("judge", "Judge", "QA", "2001", None)]),
    ])


def test_the_spellings_of_muhammad_and_not_names_that_sound_near_it():
    assert all(is_muhammad(w) for w in ("muhammad", "mohammad", "mohammed", "mohamed", "muhammed", "mohamad"))
    assert not any(is_muhammad(w) for w in ("mahmoud", "mahmud", "mamadou", "hamid", "ahmad"))


def test_the_tail_after_muhammad_is_looked_up(gaz):
    assert [e.entity_id for e in written_without_muhammad(gaz, "idris farouk")] == ["p:dar"]
    assert [e.entity_id for e in written_without_muhammad(gaz, "salim nadeem")] == ["p:agha"]   # after "Agha"
    assert written_without_muhammad(gaz, "farouk") == []            # a bare surname is judged elsewhere
    assert written_without_muhammad(gaz, "karim tahir") == []       # Mahmoud is no Muhammad
    assert written_without_muhammad(gaz, "nadeem") == []


def test_a_name_without_muhammad_links_in_a_story_of_the_persons_country(gaz):
    resolver = ArticleResolver(gaz)
    _, idris = ask(resolver, "2025-04-24", ("Qandaria", "GPE"), ("Idris Farouk", "PERSON"))
    assert idris.entity_id == "p:dar"
    _, salim = ask(resolver, "1971-12-07", ("Qandarian", "NORP"), ("Salim Nadeem", "PERSON"))
    assert salim.entity_id == "p:agha"
    # a story of another country: likeness of a name's tail is no evidence
    _, other = ask(resolver, "2025-04-24", ("France", "GPE"), ("Idris Farouk", "PERSON"))
    assert other.entity_id is None
    # two people the tail may be: unknown
    _, sami = ask(resolver, "2005-01-01", ("Qandaria", "GPE"), ("Sami Haddad", "PERSON"))
    assert sami.entity_id is None
