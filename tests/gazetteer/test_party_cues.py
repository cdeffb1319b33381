"""A party's code or short form in the words of party politics ("the main opposition QP", "the QP
government", "Conservative MP ...") is the one party of that name among the states a story names, though
no state leads the story; without such words, or with two named states' parties of the name, unknown."""
import re

import pytest

from gazetteer.model import Entity
from gazetteer.party_cues import in_party_words
from gazetteer.resolution import NameQuery
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer


def read(resolver, text, *names, date="2020-03-03"):
    """Resolve `names` ((name, label) in reading order) as they stand in `text`, each with the words
    before it in its sentence and the word after it."""
    queries, at = [], 0
    for name, label in names:
        start = text.index(name, at)
        end = start + len(name)
        sentence_start = max(text.rfind(". ", 0, start) + 2, 0)
        after = re.match(r"\s*([A-Za-z]+)", text[end:])
        queries.append(NameQuery(name, label, start, end, text[max(sentence_start, start - 80):start],
                                 word_after=after.group(1) if after else ""))
        at = end
    return resolver.resolve(date, queries)


def party(eid, name, country, aliases=(), founded="1950"):
    return Entity(eid, name, "ORG", country, aliases=list(aliases), sources=["partyfacts"], founded=founded)


ENTITIES = [
    Entity("c:xq", "Qandaria", "COUNTRY", "XQ", demonyms=["Qandarian"]),
    Entity("c:xr", "Rostavia", "COUNTRY", "XR", demonyms=["Rostavian"]),
    Entity("c:xs", "Sorrow", "COUNTRY", "XS", demonyms=["Sorrowan"]),
    party("p:qpp", "Qandarian People's Party", "XQ", ["QPP"]),
    party("p:rpp", "Rostavian People's Party", "XR", ["RPP"]),
    party("p:rpp_s", "Sorrowan Renewal Party", "XS", ["RPP"]),
    party("p:cons_q", "Conservative Party of Qandaria", "XQ"),
    party("p:cons_s", "Conservative Party of Sorrow", "XS"),
]


@pytest.fixture(scope="module")
def resolver():
    return ArticleResolver(Gazetteer(ENTITIES))


TWO_STATES = ("Qandaria expelled two Rostavian diplomats. Rostavia said it would answer, and Rostavia "
              "recalled its envoy from Qandaria. ")


@pytest.mark.parametrize("sentence", ["The main opposition QPP called it a stunt.",
                                      "The QPP government denied it.",
                                      "QPP lawmakers cheered."])
def test_a_code_in_party_words_is_the_named_states_party(resolver, sentence):
    res = read(resolver, TWO_STATES + sentence, ("Qandaria", "GPE"), ("Rostavian", "NORP"), ("Rostavia", "GPE"),
               ("Rostavia", "GPE"), ("Qandaria", "GPE"), ("QPP", "ORG"))
    assert res[-1].entity_id == "p:qpp"


def test_without_party_words_or_with_two_named_parties_it_stays_unknown(resolver):
    res = read(resolver, TWO_STATES + "Officials said the QPP was not told.", ("Qandaria", "GPE"),
               ("Rostavian", "NORP"), ("Rostavia", "GPE"), ("Rostavia", "GPE"), ("Qandaria", "GPE"), ("QPP", "ORG"))
    assert res[-1].entity_id is None
    text = TWO_STATES + "Sorrow's envoy agreed. The ruling RPP called it a stunt."
    res = read(resolver, text, ("Qandaria", "GPE"), ("Rostavian", "NORP"), ("Rostavia", "GPE"), ("Rostavia", "GPE"),
               ("Qandaria", "GPE"), ("Sorrow", "GPE"), ("RPP", "ORG"))
    assert res[-1].entity_id is None   # Rostavia's RPP or Sorrow's: both states are named


def test_party_words_around_a_name():
    assert in_party_words("The main opposition ", "said")
    assert in_party_words("Prime Minister Imran Khan's ", "government")
    assert in_party_words("Merkel's CDU and its Bavarian sister party, the ", "backed")
    assert not in_party_words("Officials said the ", "was")
    assert not in_party_words("growth in ", "slowed")   # "GDP slowed"


def test_a_persons_possessive_makes_a_code_a_party_a_states_does_not(resolver):
    res = read(resolver, TWO_STATES + "Voss's QPP called it a stunt.", ("Qandaria", "GPE"), ("Rostavian", "NORP"),
               ("Rostavia", "GPE"), ("Rostavia", "GPE"), ("Qandaria", "GPE"), ("Voss", "PERSON"), ("QPP", "ORG"))
    assert res[-1].entity_id == "p:qpp"
    res = read(resolver, TWO_STATES + "Officials said Qandaria's QPP was not told.", ("Qandaria", "GPE"),
               ("Rostavian", "NORP"), ("Rostavia", "GPE"), ("Rostavia", "GPE"), ("Qandaria", "GPE"), ("Qandaria", "GPE"),
               ("QPP", "ORG"))
    assert res[-1].entity_id is None   # a state's possessive: its statistic as likely as its party
