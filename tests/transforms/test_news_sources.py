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


def ask_in_text(text: str, name: str = "QNA", label: str = "ORG"):
    k = text.rindex(name)
    q = NameQuery(name, label, k, k + len(name), context_before=text[max(0, k - 80):k])
    return news_sources(GAZ, [q], [Resolution(label, None, name)], text)[0]


@pytest.mark.parametrize("text,name,label", [
    ("The ferry sank off the northern cape on Monday. QNA", "QNA", "ORG"),
    ("The ferry sank off the northern cape on Monday.\n\nQNA", "QNA", "ORG"),
    ("The ferry sank off the northern cape on Monday. \u2014 QNA", "QNA", "ORG"),
    ("The ferry sank off the northern cape, the harbour master said. -QNA", "-QNA", "PERSON"),
])
def test_a_credit_closing_the_text_is_the_agency(text, name, label):
    found = ask_in_text(text, name, label)
    assert (found.entity_id, found.entity_type) == ("a:qna", "ORG")


@pytest.mark.parametrize("text", [
    "The ferry sank off the northern cape, and the alliance is known as QNA",
    "The ferry sank off the northern cape. QNA won four seats in the northern province.",
])
def test_a_name_that_does_not_close_the_text_on_its_own_is_no_credit(text):
    assert ask_in_text(text, "QNA").entity_id is None


def test_initials_no_news_body_has_for_a_name_are_the_one_whose_name_they_spell():
    gaz = Gazetteer([
        Entity("a:ona", "Ostrian News Agency", "ORG", "XO", sources=[NEWS_MEDIA]),   # its initials no name of it
        Entity("a:rpa", "Ruritanian Press Agency", "ORG", "XR", sources=[NEWS_MEDIA]),
        Entity("a:rpa2", "Rhodan Press Agency", "ORG", "XH", sources=[NEWS_MEDIA]),
    ])

    def ask_initials(sentence, name):
        k = sentence.index(name)
        after = sentence[k + len(name):].split()
        q = NameQuery(name, "ORG", k, k + len(name), context_before=sentence[:k],
                      word_after=after[0].strip(".,") if after else "")
        return news_sources(gaz, [q], [Resolution("ORG", None, name)])[0]

    assert ask_initials("The border closed, the official ONA news agency reported.", "ONA").entity_id == "a:ona"
    assert ask_initials("The border closed, ONA reported.", "ONA").entity_id == "a:ona"
    # outside a reporting frame the initials are left to the resolver ("the ONA region")
    assert ask_initials("Trade in the ONA region grew.", "ONA").entity_id is None
    # two news bodies spell them: which one is not clear
    assert ask_initials("The border closed, RPA reported.", "RPA").entity_id is None
