"""A chamber's shared name followed by "party" or "government" is a party's short name (made-up
parties and stories on a small gazetteer written here)."""
import pytest

from gazetteer.model import Entity
from gazetteer.resolution import NameQuery
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer


@pytest.fixture(scope="module")
def resolver():
    return ArticleResolver(Gazetteer([
        Entity("c:us", "United States", "COUNTRY", "US", aliases=["U.S."], demonyms=["American"]),
        Entity("c:qa", "Qandaria", "COUNTRY", "QA", demonyms=["Qandarian"]),
        Entity("c:rt", "Ruritania", "COUNTRY", "RT"),
        Entity("p:rt1", "Ruritanian People's Congress", "ORG", "RT", sources=["partyfacts"]),
        Entity("p:rt2", "Free Ruritania Congress", "ORG", "RT", sources=["partyfacts"]),
        Entity("org:congress", "United States Congress", "ORG", "US", aliases=["Congress"]),
        Entity("org:kremlin", "Kremlin", "ORG", "RU", acts_for="RU"),
        Entity("p:qnc", "Qandarian National Congress", "ORG", "QA", sources=["partyfacts"], founded="1885"),
        Entity("p:qnco", "Qandarian National Congress (Organisation)", "ORG", "QA", sources=["partyfacts"],
               founded="1969", dissolved="1977"),
    ]))


def _ask(resolver, date, *names):
    """names: (text, label, word after)."""
    text, queries = "", []
    for name, label, after in names:
        start = len(text)
        text += f"{name} {after}. "
        queries.append(NameQuery(name, label, start, start + len(name), word_after=after))
    return resolver.resolve(date, queries)


def test_congress_party_in_a_story_of_its_country_is_the_party(resolver):
    _, party, _ = _ask(resolver, "1998-05-13", ("Qandaria", "GPE", "tested"), ("Congress", "ORG", "party"),
                       ("United States", "GPE", "said"))
    assert party.entity_id == "p:qnc"
    _, government = _ask(resolver, "2010-03-05", ("Qandaria", "GPE", "said"), ("Congress", "ORG", "government"))
    assert government.entity_id == "p:qnc"
    # the chamber itself, without "party" after it, is left to the other rules
    _, chamber, _ = _ask(resolver, "1998-05-13", ("Qandaria", "GPE", "tested"), ("Congress", "ORG", "voted"),
                         ("United States", "GPE", "said"))
    assert chamber.entity_id != "p:qnc"


def test_no_party_of_the_name_leaves_it_unknown(resolver):
    _, nobody, _ = _ask(resolver, "1998-05-13", ("United States", "GPE", "said"), ("Congress", "ORG", "party"),
                        ("American", "NORP", "officials"))
    assert nobody.entity_id is None   # no party of the story's countries is called so, and no chamber is a party
    # two parties of the name then: the first founded keeps the short name
    _, split = _ask(resolver, "1972-05-01", ("Qandaria", "GPE", "said"), ("Congress", "ORG", "party"))
    assert split.entity_id == "p:qnc"
    # ... unless no one knows which came first
    _, twins = _ask(resolver, "1972-05-01", ("Ruritania", "GPE", "said"), ("Congress", "ORG", "party"))
    assert twins.entity_id is None


def test_a_bodys_name_of_its_own_is_no_party(resolver):
    (kremlin,) = _ask(resolver, "1998-05-13", ("Kremlin", "ORG", "government"))
    assert kremlin.entity_id == "org:kremlin"


def test_a_partys_short_name_before_party_is_left_to_the_party_forms(resolve):
    ms = resolve("CANBERRA - The opposition coalition has closed the ruling Labour party's lead in the past "
                 "month, a poll of Australian voters showed.", "1987-04-01")
    labour = [m for m in ms if m.text == "Labour"]
    assert labour and all(m.canonical_name != "Independent Labour" for m in labour)
