"""A body's name with its words in another order names another body ("the National Awami Party" is no
"Awami National Party"), while a person's name may be written surname first."""
import pytest

from gazetteer.model import Entity
from gazetteer.org_names import reordered
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer
from tests.gazetteer.asking import ask


@pytest.fixture(scope="module")
def resolver():
    return ArticleResolver(Gazetteer([
        Entity("c:xq", "Qandaria", "COUNTRY", "XQ", demonyms=["Qandarian"]),
        Entity("org:pnp", "Popular National Party", "ORG", "XQ"),
        Entity("org:fru", "Farmers Renewal Union", "ORG", "XQ"),
    ]))


def test_the_same_words_in_another_order_are_reordered():
    assert reordered("national popular party", "popular national party")
    assert reordered("progressive democratic party", "democratic progressive party")
    assert not reordered("popular nationl party", "popular national party")   # a slip, in order
    assert not reordered("popular party", "popular national party")
    assert not reordered("qandaria", "qandaria")


def test_a_party_named_in_another_word_order_is_not_linked(resolver):
    _, other, same = ask(resolver, "1973-02-10", ("Qandaria", "GPE"), ("National Popular Party", "ORG"),
                         ("Popular National Party", "ORG"))
    assert other.entity_id is None           # another party of the same words
    assert same.entity_id == "org:pnp"
    union, spelt = ask(resolver, "1973-02-10", ("Renewal Farmers Union", "ORG"), ("Farmers Renewl Union", "ORG"))
    assert union.entity_id is None and spelt.entity_id == "org:fru"   # the same body, misspelt in order
