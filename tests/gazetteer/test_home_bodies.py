"""A state's body named without its state ("the Foreign Ministry"): whose it is, or "unknown"."""
import pytest

from gazetteer.home_bodies import called_so
from gazetteer.model import Entity
from gazetteer.resolution import NameQuery
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer

ENTITIES = [
    Entity("c:xq", "Qandaria", "COUNTRY", "XQ", demonyms=["Qandarian"]),
    Entity("c:zr", "Zerania", "COUNTRY", "ZR", demonyms=["Zeranian"]),
    Entity("c:us", "United States", "COUNTRY", "US", aliases=["US"], demonyms=["American"]),
    Entity("city:qa", "Qandar City", "CITY", "XQ", acts_for="XQ"),
    Entity("city:zr", "Zerograd", "CITY", "ZR", acts_for="ZR"),
    Entity("city:us", "Washington", "CITY", "US", acts_for="US"),
    Entity("fm:xq", "Ministry of Foreign Affairs of Qandaria", "ORG", "XQ", acts_for="XQ",
           aliases=["Qandarian Foreign Ministry", "Qandaria's Foreign Ministry"]),
    Entity("fm:zr", "Ministry of Foreign Affairs of Zerania", "ORG", "ZR", acts_for="ZR",
           aliases=["Zeranian Foreign Ministry"]),
    Entity("fm:us", "United States Department of State", "ORG", "US", acts_for="US",
           aliases=["State Department", "American Foreign Ministry", "Foreign Ministry of the United States"]),
]


@pytest.fixture(scope="module")
def resolver():
    return ArticleResolver(Gazetteer(ENTITIES))


def read(resolver, text, *names, date="2020-03-03"):
    """Resolve `names` ((name, label) in reading order) as they occur in `text`; a name whose text
    ends before the first " - " is in the dateline."""
    dateline_end = text.find(" - ") + 3 if " - " in text else 0
    queries, at = [], 0
    for name, label in names:
        start = text.index(name, at)
        end = start + len(name)
        sentence_start = max(text.rfind(". ", 0, start) + 2, 0)
        queries.append(NameQuery(name, label, start, end, text[max(sentence_start, start - 80):start],
                                 dateline=end <= dateline_end))
        at = end
    return resolver.resolve(date, queries)


def test_the_dateline_tells_whose_foreign_ministry_speaks(resolver):
    text = "QANDAR CITY - The Foreign Ministry said it would expel two Zeranian diplomats."
    *_, ministry, _ = read(resolver, text, ("QANDAR CITY", "GPE"), ("Foreign Ministry", "ORG"), ("Zeranian", "NORP"))
    assert ministry.entity_id == "fm:xq"
    # without the dateline, one Qandarian city and one Zeranian word tell nothing
    text = "In Qandar City the Foreign Ministry said it would expel two Zeranian diplomats."
    _, ministry, _ = read(resolver, text, ("Qandar City", "GPE"), ("Foreign Ministry", "ORG"), ("Zeranian", "NORP"))
    assert ministry.entity_id is None


def test_a_dateline_outnumbered_by_another_state_decides_nothing(resolver):
    text = ("QANDAR CITY - Zerania expelled three Qandarian envoys, the Foreign Ministry said. "
            "Zerania accused them of spying and Zerania closed a consulate in Zerograd.")
    res = read(resolver, text, ("QANDAR CITY", "GPE"), ("Zerania", "GPE"), ("Qandarian", "NORP"),
               ("Foreign Ministry", "ORG"), ("Zerania", "GPE"), ("Zerania", "GPE"), ("Zerograd", "GPE"))
    assert res[3].entity_id != "fm:xq"


def test_the_place_after_the_name_is_the_state_it_belongs_to(resolver):
    text = ("WASHINGTON - The State Department expelled two Zeranian diplomats. "
            "The Foreign Ministry in Zerograd called it a provocation.")
    *_, ministry, place = read(resolver, text, ("WASHINGTON", "GPE"), ("State Department", "ORG"),
                               ("Zeranian", "NORP"), ("Foreign Ministry", "ORG"), ("Zerograd", "GPE"))
    assert ministry.entity_id == "fm:zr"


def test_the_place_after_the_bodys_spokesman_is_the_state_too(resolver):
    text = ("WASHINGTON - The State Department protested to the Qandarian Foreign Ministry. "
            "A Foreign Ministry spokesman in Zerograd said Zerania would stay neutral.")
    *_, ministry, place, _ = read(resolver, text, ("WASHINGTON", "GPE"), ("State Department", "ORG"),
                                  ("Qandarian Foreign Ministry", "ORG"), ("Foreign Ministry", "ORG"),
                                  ("Zerograd", "GPE"), ("Zerania", "GPE"))
    assert ministry.entity_id == "fm:zr"    # not the Qandarian one named before


def test_the_place_that_opens_the_sentence_is_where_the_body_speaks_from(resolver):
    text = ("WASHINGTON - The State Department expelled two Zeranian diplomats. "
            "In Zerograd, the Foreign Ministry called it a provocation.")
    *_, place, ministry = read(resolver, text, ("WASHINGTON", "GPE"), ("State Department", "ORG"),
                               ("Zeranian", "NORP"), ("Zerograd", "GPE"), ("Foreign Ministry", "ORG"))
    assert ministry.entity_id == "fm:zr"


def test_a_place_inside_the_sentence_is_not_where_the_body_speaks_from(resolver):
    text = ("QANDAR CITY - Qandaria and Zerania met. The talks went on in Zerograd, the Foreign Ministry said, "
            "and Qandaria was pleased.")
    res = read(resolver, text, ("QANDAR CITY", "GPE"), ("Qandaria", "GPE"), ("Zerania", "GPE"),
               ("Zerograd", "GPE"), ("Foreign Ministry", "ORG"), ("Qandaria", "GPE"))
    assert res[4].entity_id != "fm:zr"


def test_a_foreign_ministry_is_never_a_body_no_one_calls_so(resolver):
    # the US story's "Foreign Ministry" is someone else's: the State Department is not called that
    text = ("WASHINGTON - The US State Department said the US would respond. "
            "The Foreign Ministry said the US had no grounds.")
    res = read(resolver, text, ("WASHINGTON", "GPE"), ("US", "GPE"), ("State Department", "ORG"),
               ("US", "GPE"), ("Foreign Ministry", "ORG"), ("US", "GPE"))
    assert res[4].entity_id is None
    assert not called_so("Foreign Ministry", ENTITIES[-1])
    assert called_so("Foreign Ministry", ENTITIES[-1], ["American Foreign Ministry"])   # the article calls it so


def test_the_body_named_in_full_earlier_is_the_bare_name(resolver):
    text = ("Qandaria's Foreign Ministry summoned the Zeranian envoy on Monday. "
            "The Foreign Ministry said the envoy was told of its anger.")
    first, _, later = read(resolver, text, ("Qandaria's Foreign Ministry", "ORG"), ("Zeranian", "NORP"),
                           ("Foreign Ministry", "ORG"))
    assert first.entity_id == later.entity_id == "fm:xq"


def test_an_envoy_summoned_to_the_foreign_ministry_is_summoned_by_the_other_state(resolver):
    # no dateline, and the article names both states as often: the summoned envoy's state is not the host
    text = ("The Zeranian Ambassador was summoned to the Foreign Ministry on Monday. "
            "Qandaria said Zerania had expelled two Qandarian diplomats and Zerania denied it.")
    res = read(resolver, text, ("Zeranian", "NORP"), ("Foreign Ministry", "ORG"), ("Qandaria", "GPE"),
               ("Zerania", "GPE"), ("Qandarian", "NORP"), ("Zerania", "GPE"))
    assert res[1].entity_id == "fm:xq"
    # summoned by no one said: "the Foreign Ministry" the diplomats went to is not known
    text = ("Two Zeranian diplomats went to the Foreign Ministry on Monday. "
            "Qandaria said Zerania had expelled two Qandarian diplomats and Zerania denied it.")
    res = read(resolver, text, ("Zeranian", "NORP"), ("Foreign Ministry", "ORG"), ("Qandaria", "GPE"),
               ("Zerania", "GPE"), ("Qandarian", "NORP"), ("Zerania", "GPE"))
    assert res[1].entity_id is None


def test_a_summoned_envoy_in_a_story_of_three_states_names_no_host(resolver):
    text = ("The Zeranian Ambassador was summoned to the Foreign Ministry on Monday. "
            "Qandaria and the US both said Zerania was to blame, as the US and Qandaria had said before.")
    res = read(resolver, text, ("Zeranian", "NORP"), ("Foreign Ministry", "ORG"), ("Qandaria", "GPE"),
               ("US", "GPE"), ("Zerania", "GPE"), ("US", "GPE"), ("Qandaria", "GPE"))
    assert res[1].entity_id is None


def test_a_state_s_possessive_the_model_left_out_of_the_body_s_name(resolve):
    ms = resolve("LONDON - The Foreign Office summoned the Russian ambassador. Canada and France agreed, and "
                 "India's Ministry of External Affairs said the talks were useful.", "2023-05-10")
    assert {(m.canonical_name, m.country_code) for m in ms if m.text == "Ministry of External Affairs"} == \
        {("Ministry of External Affairs (India)", "IN")}


def test_a_state_named_most_only_after_the_bare_body_does_not_own_it(resolver):
    # before "the Foreign Ministry" one Qandarian and one Zeranian name: whose ministry speaks is not
    # clear yet, though Zerania leads the story as a whole
    text = ("Qandaria ordered Zeranian diplomats to leave. The Foreign Ministry said they were ordered out "
            "because Zerania had expelled an envoy. Zerania denied it and Zerania recalled its envoy from Zerograd.")
    res = read(resolver, text, ("Qandaria", "GPE"), ("Zeranian", "NORP"), ("Foreign Ministry", "ORG"),
               ("Zerania", "GPE"), ("Zerania", "GPE"), ("Zerania", "GPE"), ("Zerograd", "GPE"))
    assert res[2].entity_id is None   # was Zerania's, a confident wrong


def read_words_after(resolver, text, *names, date="2020-03-03"):
    """`read`, each query with the word right after its name."""
    queries, at = [], 0
    for name, label in names:
        start = text.index(name, at)
        end = start + len(name)
        after = text[end:].split()
        queries.append(NameQuery(name, label, start, end, text[max(0, start - 80):start],
                                 word_after=after[0].strip(".,") if after else ""))
        at = end
    return resolver.resolve(date, queries)


def test_the_demonym_of_envoys_read_before_the_body_is_not_whose_story(resolver):
    # "Zeranian diplomats" are the guests: Qandaria, which expels them, is whose ministry speaks
    text = ("Qandaria ordered the expulsion of three Zeranian diplomats, the Foreign Ministry announced. "
            "Qandarian radio said Qandarian troops crossed into Qandaria's north.")
    res = read_words_after(resolver, text, ("Qandaria", "GPE"), ("Zeranian", "NORP"), ("Foreign Ministry", "ORG"),
                           ("Qandarian", "NORP"), ("Qandarian", "NORP"), ("Qandaria", "GPE"))
    assert res[2].entity_id == "fm:xq"
    # the guests' state named most in the rest of the story does not take the ministry
    text = ("Qandaria ordered Zeranian diplomats to leave. The Foreign Ministry said Zerania had expelled the "
            "Qandarian ambassador. Zerania denied it and Zerania recalled its envoy from Zerograd.")
    res = read_words_after(resolver, text, ("Qandaria", "GPE"), ("Zeranian", "NORP"), ("Foreign Ministry", "ORG"),
                           ("Zerania", "GPE"), ("Qandarian", "NORP"), ("Zerania", "GPE"), ("Zerania", "GPE"),
                           ("Zerograd", "GPE"))
    assert res[2].entity_id is None   # was Zerania's, a confident wrong


def test_the_state_clear_before_the_bare_body_and_after_it_owns_it(resolver):
    text = ("Zerania expelled two Qandarian diplomats on Monday, and Zerania recalled its envoy. The Foreign Ministry "
            "said Zerania would not back down. Zerania closed the mission in Zerograd.")
    res = read(resolver, text, ("Zerania", "GPE"), ("Qandarian", "NORP"), ("Zerania", "GPE"),
               ("Foreign Ministry", "ORG"), ("Zerania", "GPE"), ("Zerania", "GPE"), ("Zerograd", "GPE"))
    assert res[3].entity_id == "fm:zr"


def read_sentences(resolver, text, *names, date="2020-03-03"):
    """`read_words_after`, each query with its sentence (sentences end in ". ") and the dateline marked."""
    dateline_end = text.find(" - ") + 3 if " - " in text else 0
    queries, at = [], 0
    for name, label in names:
        start = text.index(name, at)
        end = start + len(name)
        sentence_start = text.rfind(". ", 0, start) + 2 if text.rfind(". ", 0, start) >= 0 else 0
        after = text[end:].split()
        queries.append(NameQuery(name, label, start, end, text[max(sentence_start, start - 80):start],
                                 dateline=end <= dateline_end, word_after=after[0].strip(".,") if after else "",
                                 sentence=text.count(". ", 0, start)))
        at = end
    return resolver.resolve(date, queries)


def test_the_state_opening_the_sentence_a_body_tells_is_whose_body_it_is(resolver):
    text = ("QANDAR CITY - Qandaria has expelled a Zeranian diplomat for spying, the Foreign Ministry said. "
            "Zerania said Zerania would answer, and Zerania recalled its envoy from Zerograd.")
    res = read_sentences(resolver, text, ("QANDAR CITY", "GPE"), ("Qandaria", "GPE"), ("Zeranian", "NORP"),
                         ("Foreign Ministry", "ORG"), ("Zerania", "GPE"), ("Zerania", "GPE"), ("Zerania", "GPE"),
                         ("Zerograd", "GPE"))
    assert res[3].entity_id == "fm:xq"   # was Zerania's, named most in the story
    text = ("Qandaria recalled its ambassador from Zerania on Thursday, the Foreign Ministry said. "
            "Zeranian police held two Zeranian officers in Zerograd.")
    res = read_sentences(resolver, text, ("Qandaria", "GPE"), ("Zerania", "GPE"), ("Foreign Ministry", "ORG"),
                         ("Zeranian", "NORP"), ("Zeranian", "NORP"), ("Zerograd", "GPE"))
    assert res[2].entity_id == "fm:xq"
    # people, not a state, open the sentence: nothing to go by
    text = "Two Qandarian diplomats were expelled from Zerania on Monday, the Foreign Ministry said."
    res = read_sentences(resolver, text, ("Qandarian", "NORP"), ("Zerania", "GPE"), ("Foreign Ministry", "ORG"))
    assert res[2].entity_id is None


def test_a_body_that_summons_an_envoy_is_the_host_s(resolver):
    text = ("Qandaria declared two officials of Zerania's embassy persona non grata. The Foreign Ministry summoned "
            "Zeranian Ambassador Ivo Tallis on Saturday. Zerania said Zerania would respond.")
    res = read_sentences(resolver, text, ("Qandaria", "GPE"), ("Zerania", "GPE"), ("Foreign Ministry", "ORG"),
                         ("Zeranian", "NORP"), ("Zerania", "GPE"), ("Zerania", "GPE"))
    assert res[2].entity_id == "fm:xq"   # was Zerania's, the summoned envoy's
