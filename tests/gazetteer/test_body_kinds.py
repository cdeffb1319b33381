"""A fuzzy link between bodies needs the same kind of body and the same codes: a council is not a
movement of the same words, and a letter changes a code ("PF-ZAPU" is not "ZANU-PF"); a body
misspelt keeps its link."""
import pytest

from gazetteer.org_names import codes_in, kinds_agree
from gazetteer.resolver import ArticleResolver
from pipeline.loaders import GazetteerLoader
from tests.gazetteer.asking import ask


@pytest.fixture(scope="module")
def resolver():
    return ArticleResolver(GazetteerLoader()())


def test_kinds_and_codes():
    assert not kinds_agree("national resistance council", "national resistance movement")
    assert kinds_agree("international labor organisation", "international labour organization")
    assert kinds_agree("resistance council", "national resistance")   # one says no kind: not judged here
    assert not codes_in("PF-ZAPU", "ZANU-PF") and codes_in("ZANU-PF", "ZANU–PF")
    assert codes_in("the Labour Party", "Labour Party (UK)")   # no capitals, no codes


def test_a_council_is_no_movement_and_another_code_no_party(resolver):
    council, zapu = ask(resolver, "1987-03-02", ("National Resistance Council", "ORG"), ("PF-ZAPU", "ORG"))
    assert council.canonical_name != "National Resistance Movement"
    assert "Zimbabwe African National Union" not in (zapu.canonical_name or "")


def test_a_misspelt_body_keeps_its_link(resolver):
    (ilo,) = ask(resolver, "1987-03-02", ("International Labor Organisation", "ORG"))
    assert ilo.canonical_name == "International Labor Organization"
