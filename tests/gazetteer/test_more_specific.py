"""A body's name that only reorders the words of a known name is that body (names written for these tests)."""

from gazetteer.model import Entity
from gazetteer.national import more_specific
from gazetteer.resolution import NameQuery
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer

MINISTRY = Entity("org:1", "Ministry of Outer Affairs (Ruritania)", "ORG", "XR",
                  aliases=["Ruritanian Ministry of Outer Affairs", "Ruritanian Foreign Ministry"])
COUNTRY = Entity("c:ru", "Ruritania", "COUNTRY", "XR", demonyms=["Ruritanian"])


def test_a_joining_word_is_no_word_of_its_own():
    assert not more_specific({"ruritanian", "outer", "affairs", "ministry"}, MINISTRY)
    assert more_specific({"outer", "affairs"}, MINISTRY)   # the entity's names add "ministry", "ruritanian"


def test_the_reordered_name_resolves_to_the_ministry():
    gaz = Gazetteer([MINISTRY, COUNTRY]).warm()
    resolver = ArticleResolver(gaz)
    text = "Ruritanian Outer Affairs Ministry"
    got = resolver.resolve("2020-06-01", [NameQuery(text, "ORG", 0, len(text)), NameQuery("Ruritania", "GPE", 50, 59)])
    assert got[0].entity_id == "org:1"
    text = "Ruritanian Outer Affairs Council"   # another body's words: not the ministry
    got = resolver.resolve("2020-06-01", [NameQuery(text, "ORG", 0, len(text))])
    assert got[0].entity_id is None
