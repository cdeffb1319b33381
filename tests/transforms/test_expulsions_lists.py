"""Several expulsions in one sentence: the list shapes news uses (sentences written for these tests).

Each case asserts the (expelling, expelled, count, at_least, year, modality) tuples a user of the
events table would see, from the window rules alone and, where noted, with the parse as well."""
import re

import pytest

from tests.expulsions_helpers import mentions_for, sentences_for, tuples
from transforms.expulsions import extract_events
from transforms.records import Sentence

PUB = "2022-04-07"


def caps_mentions(text):
    """Table mentions, also for names in capitals ("NORWAY" found as "Norway": same offsets)."""
    titled = re.sub(r"\b[A-Z]{2,}(?:\s+[A-Z]{2,})*\b", lambda m: m.group().title(), text)
    return [m._replace(text=text[m.start_char:m.end_char]) for m in mentions_for(titled)]


def asserted(text, parse=None):
    events = extract_events("t", text, PUB, sentences_for(text), caps_mentions(text), parse=parse)
    return sorted(t for t in tuples(events, "asserted"))


@pytest.fixture(scope="module")
def parse():
    from transforms.expulsions.story import default_parse
    return default_parse


HEADS = [
    ("NORWAY, DENMARK: Two Russian diplomats expelled from each country.",
     [("DK", "RU", 2, False, 2022, "asserted"), ("NO", "RU", 2, False, 2022, "asserted")]),
    ("UNITED STATES: 12 Russian diplomats expelled.", [("US", "RU", 12, False, 2022, "asserted")]),
    ("• FRANCE: three Russian diplomats expelled on Monday.", [("FR", "RU", 3, False, 2022, "asserted")]),
]


@pytest.mark.parametrize("text,want", HEADS)
def test_list_and_table_heads_name_the_expelling_states(text, want, parse):
    assert asserted(text) == want
    assert asserted(text, parse) == want


def test_several_head_states_without_each_may_be_a_total():
    assert asserted("NORWAY, DENMARK: 4 Russian diplomats expelled.") == []


def test_respectively_pairs_states_and_counts_in_order(parse):
    text = "Poland and Germany expelled 45 and 40 Russian diplomats respectively."
    want = [("DE", "RU", 40, False, 2022, "asserted"), ("PL", "RU", 45, False, 2022, "asserted")]
    assert asserted(text) == want
    assert asserted(text, parse) == want
    assert asserted("Sweden, Norway and Finland expelled two, three and one Russian diplomats, respectively.") == [
        ("FI", "RU", 1, False, 2022, "asserted"), ("NO", "RU", 3, False, 2022, "asserted"),
        ("SE", "RU", 2, False, 2022, "asserted")]


def test_reciprocal_expulsions_are_two_events(parse):
    text = "Spain and Russia have expelled five of each other's diplomats."
    want = [("ES", "RU", 5, False, 2022, "asserted"), ("RU", "ES", 5, False, 2022, "asserted")]
    assert asserted(text) == want
    assert asserted(text, parse) == want
    assert asserted("Japan and China said they would expel one another's envoys.") == []


def test_nationality_lists_after_the_verb(parse):
    text = "Moscow expelled two Polish diplomats, one German and three French ones."
    want = [("RU", "DE", 1, False, 2022, "asserted"), ("RU", "FR", 3, False, 2022, "asserted"),
            ("RU", "PL", 2, False, 2022, "asserted")]
    assert asserted(text) == want
    assert asserted(text, parse) == want
    text = "Russia expelled three diplomats of Poland and one of Germany."
    want = [("RU", "DE", 1, False, 2022, "asserted"), ("RU", "PL", 3, False, 2022, "asserted")]
    assert asserted(text) == want
    assert asserted(text, parse) == want   # not one event of four


@pytest.mark.parametrize("text, want", [
    ("Germany expelled two diplomats from France and three from Italy.", [("DE", "FR", 2), ("DE", "IT", 3)]),
    ("Moscow expelled two Latvian diplomats, one Estonian and three Lithuanian ones.",
     [("RU", "EE", 1), ("RU", "LT", 3), ("RU", "LV", 2)]),
    ("Moscow expelled four Polish and two German diplomats.", [("RU", "DE", 2), ("RU", "PL", 4)]),
])
def test_nationality_lists_with_the_parse(text, want, parse):
    assert [t[:3] for t in asserted(text, parse)] == want


@pytest.mark.parametrize("text, want", [
    ("Poland expelled two Russian diplomats in 2014 and a Ukrainian consul in 2019.", [("PL", "RU", 2), ("PL", "UA", 1)]),
    ("Norway expelled three Russian diplomats in March and two Chinese diplomats in May.",
     [("NO", "CN", 2), ("NO", "RU", 3)]),
    ("Canada expelled two Indian diplomats on Monday and the Chinese consul on Friday.", [("CA", "CN", 1), ("CA", "IN", 2)]),
    ("Poland expelled two Russian diplomats in March and a German journalist in May.", [("PL", "RU", 2)]),
    ("Poland expelled two Russian diplomats in March and Germany protested in May.", [("PL", "RU", 2)]),
])
def test_a_second_group_after_a_time_of_the_first_is_expelled_too(text, want, parse):
    assert [t[:3] for t in asserted(text, parse)] == want


@pytest.mark.parametrize("text", [
    "Poland expelled two Russian diplomats and a German journalist.",
    "Poland expelled two Russian diplomats and three German businessmen.",
    "Poland expelled a Russian diplomat, two German journalists and a French student.",
])
def test_other_people_beside_the_diplomats_are_no_expulsion_of_theirs(text, parse):
    for p in (None, parse):
        assert [t[:2] for t in asserted(text, p)] == [("PL", "RU")]


def test_several_actors_each_expel(parse):
    text = "Latvia, Estonia and Lithuania each expelled one Russian diplomat."
    want = [("EE", "RU", 1, False, 2022, "asserted"), ("LT", "RU", 1, False, 2022, "asserted"),
            ("LV", "RU", 1, False, 2022, "asserted")]
    assert asserted(text) == want
    assert asserted(text, parse) == want


@pytest.mark.parametrize("text, want", [
    ("Japan and China each expelled a diplomat on Monday after a spying row.", [("CN", "JP", 1), ("JP", "CN", 1)]),
    ("Norway and Finland have each expelled two diplomats.", [("FI", "NO", 2), ("NO", "FI", 2)]),
    # whose people the sentence says: each state expelled those, no exchange
    ("Norway and Finland each expelled a Russian diplomat.", [("FI", "RU", 1), ("NO", "RU", 1)]),
])
def test_two_states_that_each_expelled_people_of_no_nationality_exchanged_them(text, want, parse):
    assert [t[:3] for t in asserted(text, parse)] == want


def test_a_list_of_actors_after_the_object_is_no_list_of_owners(parse):
    text = "Poland has deported 45 Russian diplomats, Germany 40, France 35 and the Netherlands 17."
    assert [t[:3] for t in asserted(text, parse)] == [("DE", "RU", 40), ("FR", "RU", 35), ("NL", "RU", 17),
                                                     ("PL", "RU", 45)]


BULLETS = [
    # items on their own lines, a citation mark and no full stop at the end of the line
    "• The treaty of 1923 included the list of 150 personae non gratae of Russia, until 1938.[1]\n"
    "• John Smith, a British diplomat, was declared persona non grata by the Soviet Union in 1947.[2]",
    # items on one line
    "• The treaty of 1923 included the list of 150 personae non gratae of Russia, until 1938.[1] "
    "• John Smith, a British diplomat, was declared persona non grata by the Soviet Union in 1947.[2]",
    # numbered items
    "1. The treaty of 1923 included the list of 150 personae non gratae of Russia, until 1938\n"
    "2. John Smith, a British diplomat, was declared persona non grata by the Soviet Union in 1947",
]


@pytest.mark.parametrize("text", BULLETS)
def test_bullet_items_are_read_apart(text, parse):
    """Even when the sentence splitter gives the whole list as one sentence (as spaCy's does)."""
    want = [("SU", "GB", 1, False, 1947, "asserted")]
    for p in (None, parse):
        events = extract_events("t", text, PUB, [Sentence(0, len(text))], caps_mentions(text), parse=p)
        assert sorted(tuples(events, "asserted")) == want


def test_a_bulleted_list_after_a_colon_takes_the_actor_of_its_introduction():
    text = "The Prime Minister said Britain will:\n• expel 23 Russian diplomats\n• freeze assets"
    assert asserted(text) == [("GB", "RU", 23, False, 2022, "asserted")]


def test_a_list_head_cut_off_by_the_sentence_splitter_is_joined_to_its_line(parse):
    text = "NORWAY, DENMARK: Two Russian diplomats expelled from each country."
    cut = text.index(":") + 1
    sentences = [Sentence(0, cut), Sentence(cut + 1, len(text))]   # as spaCy may split it
    want = [("DK", "RU", 2), ("NO", "RU", 2)]
    for p in (None, parse):
        events = extract_events("t", text, PUB, sentences, caps_mentions(text), parse=p)
        assert sorted(t[:3] for t in tuples(events, "asserted")) == want


BRACKETS = [
    # the counts in brackets after the states of the subject
    ("Within the bloc, Germany (4), Sweden (2), the Netherlands (two diplomats) and Portugal (1) told "
     "Russian envoys to leave.",
     [("DE", "RU", 4, False, 2022, "asserted"), ("NL", "RU", 2, False, 2022, "asserted"),
      ("PT", "RU", 1, False, 2022, "asserted"), ("SE", "RU", 2, False, 2022, "asserted")]),
    # a round-up after a colon
    ("Also expelling Russian diplomats on Tuesday: Norway (3); Finland (2); Denmark (5).",
     [("DK", "RU", 5, False, 2022, "asserted"), ("FI", "RU", 2, False, 2022, "asserted"),
      ("NO", "RU", 3, False, 2022, "asserted")]),
]


@pytest.mark.parametrize("text,want", BRACKETS)
def test_counts_in_brackets_after_each_state(text, want, parse):
    assert asserted(text) == want
    assert asserted(text, parse) == want


def test_one_bracketed_number_is_no_list(parse):
    text = "Greece (population 10 million) expelled two Russian diplomats."
    assert asserted(text, parse) == [("GR", "RU", 2, False, 2022, "asserted")]


def test_a_list_after_a_colon_gives_each_state_its_count(parse):
    text = "Norway, Finland and Sweden each expelled Russian diplomats: Norway three, Finland two and Sweden one."
    want = [("FI", "RU", 2, False, 2022, "asserted"), ("NO", "RU", 3, False, 2022, "asserted"),
            ("SE", "RU", 1, False, 2022, "asserted")]
    assert asserted(text) == want
    assert asserted(text, parse) == want


def test_the_others_diplomats_is_reciprocal(parse):
    text = "Japan and China each expelled three of the other's diplomats."
    want = [("CN", "JP", 3, False, 2022, "asserted"), ("JP", "CN", 3, False, 2022, "asserted")]
    assert asserted(text) == want
    assert asserted(text, parse) == want
