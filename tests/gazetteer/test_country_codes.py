"""Three capitals are a state's code only where the article names that state otherwise."""
import pytest

from gazetteer.country_codes import bare_code, initials
from gazetteer.model import Entity
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer
from tests.gazetteer.test_home_bodies import read

QANDARIA = Entity("c:xq", "Qandaria", "COUNTRY", "XQ", aliases=["QND"], demonyms=["Qandarian"])
UNION = Entity("c:xu", "United Qandarian Republics", "COUNTRY", "XU", aliases=["UQR", "UQP"])
ENTITIES = [QANDARIA, UNION, Entity("t:1", "Port Elm", "CITY", "XQ")]


@pytest.fixture(scope="module")
def resolver():
    return ArticleResolver(Gazetteer(ENTITIES))


def test_initials_of_a_states_names_are_no_bare_code():
    assert initials("United States of America") == "USA" and initials("Republic of the Congo") == "RC"
    assert not bare_code("UQR", UNION) and bare_code("UQP", UNION)
    assert bare_code("QND", QANDARIA) and not bare_code("Qnd", QANDARIA)


def test_a_code_in_a_story_that_names_no_such_state_is_unknown(resolver):
    (code,) = read(resolver, "The new levy, known as QND, takes effect in May.", ("QND", "ORG"))
    assert code.entity_id is None


def test_a_code_of_a_state_the_story_names_is_that_state(resolver):
    res = read(resolver, "Port Elm, March 3 - QND exports rose 4 pct.", ("Port Elm", "GPE"), ("QND", "ORG"))
    assert res[1].entity_id == "c:xq"
    (union,) = read(resolver, "The UQR signed the accord.", ("UQR", "ORG"))
    assert union.entity_id == "c:xu"   # its initials: a name, not a code


def test_a_code_written_as_a_word_is_no_state(resolver):
    res = read(resolver, "Port Elm, March 3 - Qnd said sales would double.", ("Port Elm", "GPE"), ("Qnd", "ORG"))
    assert res[1].entity_id is None
    (code,) = read(resolver, "Exports from QND rose.", ("QND", "GPE"))
    assert code.entity_id is None   # a capitals code with no state named stays unknown too


def test_a_code_written_with_dots_is_a_bare_code_too(resolver):
    assert bare_code("Q.N.D.", QANDARIA) and not bare_code("U.Q.R.", UNION)
    res = read(resolver, "Q.N.D. Inc said its training unit won a contract. Q.N.D. shares rose.",
               ("Q.N.D.", "ORG"), ("Q.N.D.", "ORG"))
    assert [r.entity_id for r in res] == [None, None]   # a company's initials, in a story naming no Qandaria


def test_a_companys_dotted_initials_are_no_state_in_real_news(resolve):
    mentions = resolve("G.A.B. Corp said its training unit won a 1.5 mln dlr contract from a New York bank. "
                       "Analysts said G.A.B. was cheap at current prices.", date="1987-04-01")
    assert not any(m.canonical_name == "Gabon" for m in mentions)
