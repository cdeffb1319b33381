"""Confident wrong links a careful reader would not make, on a small gazetteer written here.

An organisation that only looks like another, a bare surname that names no one the article
could mean, a surname taken from a title's place name: each stays "unknown".
"""
import pytest

from gazetteer.model import Entity, Role
from gazetteer.org_names import distinctive_words, organisations_agree
from gazetteer.people import may_be_named_by_surname
from gazetteer.resolution import NameQuery
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer, last_name_token


@pytest.fixture(scope="module")
def resolver():
    entities = [
        Entity("c:gb", "United Kingdom", "COUNTRY", "GB", aliases=["Britain"], demonyms=["British"]),
        Entity("c:xq", "Qandaria", "COUNTRY", "XQ", demonyms=["Qandarian"]),
        Entity("org:ilo", "International Labor Organization", "ORG", None),
        Entity("org:wheat", "World Wheat Council", "ORG", None),
        Entity("p:ashcombe", "Lord Ashcombe", "PERSON", "GB",
               roles=[Role("minister", "Minister of State", "GB", "1970-01-01", "1980-01-01")]),
        Entity("p:harbin", "Rex Harbin", "PERSON", "GB",
               roles=[Role("official", "Governor", "GB", "1944-01-01", "1980-01-01")]),
        Entity("p:gorbenko", "Mikhail Gorbenko", "PERSON", "GB", aliases=["Gorbenko"],
               roles=[Role("official", "General Secretary", "GB", "1960-01-01", "1980-01-01")]),
        Entity("p:faisal", "Faisal of Qandaria", "PERSON", "XQ",
               roles=[Role("head_of_state", "King", "XQ", "1964-01-01", "1975-03-25")]),
    ]
    return ArticleResolver(Gazetteer(entities))


def ask(resolver, date, *names):
    """names: (text, label) or (text, label, the words just before it)."""
    text, queries = "", []
    for name, label, *before in names:
        start = len(text)
        text += name + ". "
        queries.append(NameQuery(name, label, start, start + len(name), before[0] if before else ""))
    return resolver.resolve(date, queries)


def test_an_organisation_is_not_a_lookalike_with_another_distinctive_word(resolver):
    cotton, = ask(resolver, "1987-01-01", ("International Cotton Organization", "ORG"))
    assert cotton.entity_id is None and cotton.canonical_name == "International Cotton Organization"
    spelt, = ask(resolver, "1987-01-01", ("International Labour Organisation", "ORG"))
    assert spelt.entity_id == "org:ilo"          # the same body, spelt the British way
    rice, = ask(resolver, "1987-01-01", ("World Rice Council", "ORG"))
    assert rice.entity_id is None


def test_distinctive_words_leave_out_what_kind_of_body_a_name_is():
    assert distinctive_words("the International Cocoa Organization") == ["cocoa"]
    assert distinctive_words("Ministry of Foreign Affairs") == []
    assert organisations_agree("International Labour Organisation", "International Labor Organization")
    assert not organisations_agree("International Cocoa Organization", "International Labor Organization")
    assert organisations_agree("Foreign Ministry", "Lao Foreign Ministry")   # no distinctive word: judged elsewhere


def test_mr_before_a_surname_is_not_a_peer_known_only_by_title(resolver):
    britain, mr = ask(resolver, "1975-05-01", ("Britain", "GPE"), ("Ashcombe", "PERSON", "the Member for Leeds (Mr. "))
    assert mr.entity_id is None
    britain, bare = ask(resolver, "1975-05-01", ("Britain", "GPE"), ("Ashcombe", "PERSON", "the Minister, "))
    assert bare.entity_id == "p:ashcombe"


def test_a_bare_surname_does_not_name_someone_known_only_as_an_official(resolver):
    britain, harbin = ask(resolver, "1967-05-02", ("Britain", "GPE"), ("Harbin", "PERSON"))
    assert harbin.entity_id is None
    # ... unless a source names that person by the surname alone
    britain, gorbenko = ask(resolver, "1967-05-02", ("Britain", "GPE"), ("Gorbenko", "PERSON"))
    assert gorbenko.entity_id == "p:gorbenko"


def test_the_place_in_a_title_is_not_a_surname(resolver):
    country, word = ask(resolver, "1970-01-01", ("Qandaria", "GPE"), ("Qandaria", "PERSON"))
    assert word.entity_type != "PERSON" or word.entity_id != "p:faisal"
    assert last_name_token("faisal of qandaria") is None     # a given name and a title: no surname
    assert last_name_token("lord brittan of spennithorne") == "brittan"
    assert last_name_token("sergei skripal") == "skripal"


def test_may_be_named_by_surname_reads_roles_and_honorifics():
    peer = Entity("p", "Lord Ashcombe", "PERSON", "GB", roles=[Role("minister", "Minister", "GB", "1970", "1980")])
    assert may_be_named_by_surname(peer, "ashcombe", "said the Minister, ")
    assert not may_be_named_by_surname(peer, "ashcombe", "asked Mrs. ")
    clerk = Entity("c", "Rex Harbin", "PERSON", "GB", roles=[Role("official", "Clerk", "GB", "1944", "1980")])
    assert not may_be_named_by_surname(clerk, "harbin")
