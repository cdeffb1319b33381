"""A news agency's name in a reporting frame is the agency, not a party abroad that shares it."""
import pytest

from gazetteer.model import NEWS_MEDIA, Entity
from gazetteer.resolution import NameQuery, Resolution
from gazetteer.store import Gazetteer
from transforms.news_sources import news_sources

GAZ = Gazetteer([
    Entity("a:qna", "Qandarian News Agency", "ORG", "XQ", aliases=["QNA"], sources=[NEWS_MEDIA]),
    Entity("p:qna", "Queen's National Alliance", "ORG", "XV", aliases=["QNA"], sources=["partyfacts"]),
])
UNKNOWN = Resolution("ORG", None, "QNA")


def ask(sentence: str):
    k = sentence.index("QNA")
    after = sentence[k + 3:].split()
    q = NameQuery("QNA", "ORG", k, k + 3, context_before=sentence[:k], word_after=after[0].strip(".,") if after else "")
    return news_sources(GAZ, [q], [UNKNOWN])[0]


@pytest.mark.parametrize("sentence", [
    "The harbour master told QNA that the ferry had sunk.",
    "According to QNA, the talks broke down at dawn.",
    "The minister, in an interview with QNA, denied it.",
    "QNA reported that two envoys had left.",
])
def test_a_name_in_a_reporting_frame_is_the_agency(sentence):
    assert ask(sentence).entity_id == "a:qna"


@pytest.mark.parametrize("sentence", [
    "The QNA won four seats in the northern province.",
    "Voters in the valley backed QNA candidates.",
])
def test_elsewhere_the_name_is_left_to_the_resolver(sentence):
    assert ask(sentence).entity_id is None
