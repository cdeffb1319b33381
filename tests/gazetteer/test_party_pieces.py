"""A party's name in the closing words of a longer name is that party only when the longer name is."""
import pytest

from gazetteer.model import Entity
from gazetteer.resolution import NameQuery
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer


@pytest.fixture(scope="module")
def resolver():
    return ArticleResolver(Gazetteer([
        Entity("c:xq", "Qandaria", "COUNTRY", "XQ", demonyms=["Qandarian"]),
        Entity("c:zr", "Zorland", "COUNTRY", "ZR", demonyms=["Zorlandic"]),
        Entity("p:dp", "Democratic Party (Zorland)", "ORG", "ZR", aliases=["Democratic Party"], sources=["partyfacts"]),
        Entity("p:ldp", "Liberal Democratic Party (Qandaria)", "ORG", "XQ", aliases=["Liberal Democratic Party"],
               sources=["partyfacts"]),
        Entity("p:df", "Democratic Forces", "ORG", "ZR", sources=["partyfacts"]),
    ]))


def queries(text, *names):
    """NameQuerys for (words, label, occurrence) in `text`: nested names are found inside longer ones."""
    out = []
    for words, label, *nth in names:
        at = -1
        for _ in range((nth or [1])[0]):
            at = text.index(words, at + 1)
        out.append(NameQuery(words, label, at, at + len(words)))
    return sorted(out, key=lambda q: (q.start_char, -q.end_char))


def test_the_closing_words_of_another_bodys_name_name_no_party(resolver):
    text = ("Zorland watched as the Qandarian Liberal Democratic Party won, while the Kestrel Democratic Forces "
            "fought on and the Democratic Party held a rally.")
    qs = queries(text, ("Zorland", "GPE"), ("Qandarian Liberal Democratic Party", "ORG"),
                 ("Liberal Democratic Party", "GAZ:ORG"), ("Democratic Party", "GAZ:ORG"),
                 ("Kestrel Democratic Forces", "ORG"), ("Democratic Forces", "GAZ:ORG"),
                 ("Democratic Party", "ORG", 2))
    got = {(q.text, q.start_char): r.entity_id for q, r in zip(qs, resolver.resolve("2024-05-01", qs))}
    ldp_at = text.index("Liberal")
    # the Qandarian party, named with its country's adjective, is the Liberal Democratic Party ...
    assert got[("Liberal Democratic Party", ldp_at)] == "p:ldp"
    # ... and its last two words are not Zorland's Democratic Party, nor the Kestrel forces a Zorlandic party
    assert got[("Democratic Party", text.index("Democratic Party"))] is None
    assert got[("Democratic Forces", text.index("Democratic Forces"))] is None
    # the party named on its own is still that party
    assert got[("Democratic Party", text.rindex("Democratic Party"))] == "p:dp"


def test_the_party_a_body_belongs_to_after_of_is_that_party(resolver):
    text = "Zorland said the Central Committee of the Democratic Forces met, and the Youth League of the Democratic Party."
    qs = queries(text, ("Zorland", "GPE"), ("Central Committee of the Democratic Forces", "ORG"),
                 ("Democratic Forces", "ORG"), ("Youth League of the Democratic Party", "ORG"),
                 ("Democratic Party", "GAZ:ORG"))
    got = {q.text: r.entity_id for q, r in zip(qs, resolver.resolve("2024-05-01", qs))}
    assert got["Democratic Forces"] == "p:df"
    assert got["Democratic Party"] == "p:dp"
    assert got["Central Committee of the Democratic Forces"] is None
