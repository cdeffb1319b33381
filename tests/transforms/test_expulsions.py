"""Unit tests for the transforms/expulsions/ package: short texts, one phenomenon each.

Each case asserts the (expelling, expelled, count, at_least, year, modality) tuples a
user of the events table would see. Mentions come from tests/expulsions_helpers.py.
"""
import time

import pytest

from transforms.records import Mention, Sentence
from tests.expulsions_helpers import extract, mentions_for, sentences_for, tuples
from transforms.expulsions import (extract_events, event_year, find_triggers, number_value, tokenize)

PUB = "2022-04-07"


def events(text, published_date=PUB):
    return tuples(extract(text, published_date))


def asserted(text, published_date=PUB):
    return tuples(extract(text, published_date), "asserted")


# --- triggers -------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Norway expelled 15 Russian diplomats on Tuesday.", ("NO", "RU", 15)),
    ("Japan deported eight Chinese diplomats.", ("JP", "CN", 8)),
    ("Canada ousted the Chinese envoy.", ("CA", "CN", 1)),
    ("France kicked out 12 Russian diplomats.", ("FR", "RU", 12)),
    ("Germany threw out four Russian diplomats.", ("DE", "RU", 4)),
    ("Japan sent two Chinese diplomats home.", ("JP", "CN", 2)),
    ("The State Department declared persona non grata 14 Chinese officials working in Houston.", ("US", "CN", 14)),
    ("Mexico declared three Japanese diplomats persona non grata.", ("MX", "JP", 3)),
    ("Poland ordered 20 Russian diplomats to leave the country within a week.", ("PL", "RU", 20)),
    ("Mexico gave three Japanese diplomats 72 hours to leave.", ("MX", "JP", 3)),
    ("Britain revoked the accreditation of a Russian diplomat.", ("GB", "RU", 1)),
    ("France announced the expulsion of 23 Russian diplomats.", ("FR", "RU", 23)),
    ("President Trump ordered the expulsion of 48 Chinese intelligence officers.", ("US", "CN", 48)),
    ("45 Russian diplomats were expelled by Poland.", ("PL", "RU", 45)),
    ("Two Russian diplomats have been declared persona non grata by Norway.", ("NO", "RU", 2)),
])
def test_trigger_words_and_constructions(text, expected):
    assert [t[:3] for t in asserted(text)] == [expected]


def test_persona_non_grata_of_our_staff_takes_the_speakers_side():
    from transforms.expulsions.story import default_parse
    text = ("The United States protested on Friday. Russia dubbed 10 of our staff persona non grata, "
            "the United States said.")
    events = extract_events("t1", text, PUB, sentences_for(text), mentions_for(text), parse=default_parse)
    assert tuples(events, "asserted") == [("RU", "US", 10, False, 2022, "asserted")]


def test_our_staff_is_never_the_state_mentioned_most():
    text = ("The United States protested on Friday. The United States said so again. "
            "Russia dubbed 10 of our staff persona non grata.")
    assert [t[:2] for t in asserted(text)] in ([], [("RU", None)])


def test_counted_noun_of_its_own_in_a_retaliation():
    text = "Canada expelled six Indian diplomats. India retaliated with six expulsions of its own."
    assert asserted(text) == [("CA", "IN", 6, False, 2022, "asserted"), ("IN", "CA", 6, False, 2022, "asserted")]


# --- actors -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Moscow announced it is expelling 10 Polish diplomats.", ("RU", "PL", 10)),
    ("The Kremlin expelled two American diplomats.", ("RU", "US", 2)),
    ("The move was backed by Donald Trump, who ousted 60 Russian diplomats.", ("US", "RU", 60)),
    ("Russia's expulsion of 18 Japanese diplomats angered Tokyo.", ("RU", "JP", 18)),
    ("Operation Dawn was the expulsion of 90 Soviet officials from Norway.", ("NO", "SU", 90)),
    ("Latvia said it is expelling the Russian ambassador.", ("LV", "RU", 1)),
])
def test_actor_from_country_capital_government_leader(text, expected):
    assert [t[:3] for t in asserted(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Slovakia ordered three Russian diplomats out of the country.", [("SK", "RU", 3, "asserted")]),
    ("Twenty Russian diplomats were ordered to leave Poland.", [("PL", "RU", 20, "asserted")]),
    ("Britain has given 23 Russian diplomats one week to leave.", [("GB", "RU", 23, "asserted")]),
    ("Russia on Monday expelled the U.S. Embassy's deputy chief of mission.", [("RU", "US", 1, "asserted")]),
    ("Moscow retaliated by declaring 10 Polish diplomats persona non grata.", [("RU", "PL", 10, "asserted")]),
    ("Russia has expelled 20 diplomats from Latvia.", [("RU", "LV", 20, "asserted")]),
    ("Russia has expelled 20 diplomats from Moldova, Latvia and Lithuania.", [(None, None, 20, "aggregate")]),
    ("Sweden and Norway on Tuesday expelled three Russian diplomats each.",
     [("SE", "RU", 3, "asserted"), ("NO", "RU", 3, "asserted")]),
    ("France and Germany expelled 10 Russian diplomats.", [(None, "RU", 10, "aggregate")]),
    ("Moscow said it would retaliate against the expulsion of its diplomats.", [(None, "RU", None, "aggregate")]),
    ("The number of Russian diplomats expelled from European countries has reached 400.",
     [(None, "RU", None, "aggregate")]),
])
def test_more_news_phrasings(text, expected):
    assert [(t[0], t[1], t[2], t[5]) for t in events(text)] == expected


def test_pronoun_subject_takes_the_state_of_the_previous_sentence():
    text = "Estonia summoned the Russian envoy. It then expelled three Russian diplomats."
    assert [t[:3] for t in asserted(text)] == [("EE", "RU", 3)]


def test_passive_in_response_takes_the_other_side_of_the_row():
    text = ("The United States expelled five Russian diplomats on Monday. In response, five diplomats at "
            "the US Embassy in Moscow were declared persona non grata.")
    assert [t[:3] for t in asserted(text)] == [("US", "RU", 5), ("RU", "US", 5)]


def test_a_retaliation_without_an_established_pair_has_no_actor():
    text = ("Russia held talks on Monday. Russia said the talks went well. In response, five diplomats at "
            "the US Embassy in Moscow were declared persona non grata.")
    assert asserted(text) == []


def test_a_missing_expelled_side_is_the_other_side_of_the_story():
    text = ("Canada expelled six Indian diplomats in October. India has said it is expelling six diplomats, "
            "India said.")
    assert [t[:3] for t in asserted(text)] == [("CA", "IN", 6), ("IN", "CA", 6)]
    text = "India held talks. India said so. India said it is expelling six diplomats."
    assert [t[:2] for t in asserted(text)] in ([], [("IN", None)])


def test_list_item_after_a_colon_takes_the_actor_of_its_introduction():
    text = "The Prime Minister said the UK government will:\n\nexpel 23 Russian diplomats\n\nfreeze assets"
    assert [t[:3] for t in asserted(text)] == [("GB", "RU", 23)]


# --- who is expelled --------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Norway expelled three diplomats of Russia.", ("NO", "RU", 3)),
    ("Poland expelled five of Russia's embassy staff.", ("PL", "RU", 5)),
    ("Ecuador expelled the Mexican ambassador.", ("EC", "MX", 1)),
    ("Mexico expelled Ecuador's ambassador to Mexico City.", ("MX", "EC", 1)),
    ("Ecuador expelled the U.S. envoy to Quito earlier this week.", ("EC", "US", 1)),
    ("The United States began expelling 12 operatives from the Russian Mission to the United Nations.",
     ("US", "RU", 12)),
    ("Russia expelled 58 staff at the US Embassy and two employees at the US Consulate.", ("RU", "US", 60)),
    ("Russia decided to expel 18 members of the Delegation of the European Union.", ("RU", "EU", 18)),
])
def test_expelled_nationality(text, expected):
    assert [t[:3] for t in asserted(text)] == [expected]


def test_elliptical_list_gives_one_event_per_country():
    text = "Last week Denmark deported 15 Russian diplomats, Italy 30, Sweden three, the Netherlands 17 and Ireland one."
    assert asserted(text) == [("DK", "RU", 15, False, 2022, "asserted"), ("IT", "RU", 30, False, 2022, "asserted"),
                              ("SE", "RU", 3, False, 2022, "asserted"), ("NL", "RU", 17, False, 2022, "asserted"),
                              ("IE", "RU", 1, False, 2022, "asserted")]


# --- counts -------------------------------------------------------------------------------
@pytest.mark.parametrize("phrase, count, at_least", [
    ("twenty-three Russian diplomats", 23, False),
    ("a dozen Russian diplomats", 12, False),
    ("two dozen Russian diplomats", 24, False),
    ("more than 50 Russian diplomats", 50, True),
    ("at least seven Russian diplomats", 7, True),
    ("some 20 Russian diplomats", 20, False),
    ("one hundred and five Russian diplomats", 105, False),
    ("1,200 Russian diplomats", 1200, False),
    ("10 Russian diplomats and 5 embassy staff", 15, False),
    ("the Russian ambassador and two military attaches", 3, False),
    ("the Russian ambassador along with five other diplomats", 6, False),
    ("a Russian diplomat", 1, False),
    ("Russian diplomats", None, False),
    ("Russian intelligence personnel", None, False),
])
def test_counts(phrase, count, at_least):
    assert [t[:4] for t in asserted(f"Norway expelled {phrase}.")] == [("NO", "RU", count, at_least)]


def test_number_value():
    assert number_value(["ninety-nine"]) == 99
    assert number_value(["a", "hundred"]) == 100
    assert number_value(["two", "hundred", "and", "forty"]) == 240
    assert number_value(["dozens"]) is None


# --- modality ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # hypothetical: conditions, generic arguments, consequences, threats and intentions, questions
    ("He said that if Norway expelled Russian diplomats, Moscow would retaliate.", ("NO", "RU", None, "hypothetical")),
    ("Critics argue that expelling Russian diplomats from Norway will only lead to retaliation.",
     ("NO", "RU", None, "hypothetical")),
    ("Such a step would only lead to the expulsion of Japanese diplomats from China.",
     ("CN", "JP", None, "hypothetical")),
    ("Russia threatened to expel British diplomats.", ("RU", "GB", None, "hypothetical")),
    ("Russia will expel Polish diplomats if Warsaw continues its policy.", ("RU", "PL", None, "hypothetical")),
    ("Japan plans to expel two Chinese diplomats.", ("JP", "CN", 2, "hypothetical")),
    ("Norway could expel the Russian ambassador.", ("NO", "RU", 1, "hypothetical")),
    ("Will Canada expel Indian diplomats?", ("CA", "IN", None, "hypothetical")),
    # negated
    ("Sweden refused to expel Russian diplomats.", ("SE", "RU", None, "negated")),
    ("Britain's reluctance to expel Russian diplomats puzzled its allies.", ("GB", "RU", None, "negated")),
    ("Japan has not expelled any Chinese diplomats.", ("JP", "CN", None, "negated")),
    # demand
    ("Lawmakers urged Joe Biden to expel 300 Russian diplomats.", ("US", "RU", 300, "demand")),
    ("Moscow demanded that more than 50 British diplomats leave.", ("RU", "GB", 50, "demand")),
    ("We encourage all countries to expel Syrian diplomats.", (None, "SY", None, "demand")),
    ("Britain should expel the Russian ambassador.", ("GB", "RU", 1, "demand")),
    # aggregate
    ("A total of 20 countries expelled 100 Russian diplomats.", (None, "RU", 100, "aggregate")),
    ("The expulsion of Russian diplomats by the United States and more than two dozen partner nations was "
     "appropriate.", (None, "RU", None, "aggregate")),
    ("Another 50 Russian diplomats had been expelled in the past month.", (None, "RU", 50, "aggregate")),
    ("Russia will respond to the expulsions of Russian diplomats from the U.S., Britain and other countries.",
     (None, "RU", None, "aggregate")),
    # asserted: decisions and announcements
    ("The United Kingdom will now expel 23 Russian diplomats.", ("GB", "RU", 23, "asserted")),
    ("Norway said it would expel 23 Russian diplomats.", ("NO", "RU", 23, "asserted")),
    # the report reaches past a long description of counted people; uncounted ones so described are a rule
    ("Norway announced that 23 Russian diplomats identified as undeclared intelligence officers would be expelled.",
     ("NO", "RU", 23, "asserted")),
    ("Norway announced on Monday that Russian diplomats caught spying would be expelled.",
     ("NO", "RU", None, "hypothetical")),
    ("Today Norway began the process of expelling 12 Russian diplomats.", ("NO", "RU", 12, "asserted")),
    ("Norway has decided to expel the Syrian charge d'affaires.", ("NO", "SY", 1, "asserted")),
    ("Japan has not only expelled two Chinese diplomats but also closed a consulate.", ("JP", "CN", 2, "asserted")),
])
def test_modality(text, expected):
    assert [(t[0], t[1], t[2], t[5]) for t in events(text)] == [expected]


def test_negated_without_a_named_object():
    text = "The Russian diplomats are going home. We will not expel anyone."
    assert events(text) == [(None, None, None, False, 2022, "negated")]


# --- other senses -------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Migrants may be expelled to a third country that will accept them.",
    "The United States expelled 2,000 migrants to Mexico.",
    "The officials were expelled from the Communist Party.",
    "The Communist Party has not only expelled Ivan Petrov, but also charged him.",
    "Russia was expelled from the Council of Europe.",
    "Russia ceases to be a member of the Council of Europe and was excluded from the Organisation.",
    "The university expelled 12 Chinese students.",
    "The defender was sent off in the second half.",
    "Japan deported 40 Chinese nationals who had overstayed their visas.",
    "The two expelled individuals are accredited diplomats.",
    "In a statement on the Feb. 27 deportations, Norway said envoys were welcome.",
])
def test_other_senses_give_no_event(text):
    assert events(text) == []


def test_recall_of_own_diplomats_is_not_an_expulsion():
    assert events("Norway sent two Norwegian diplomats home.") == []


# --- time -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, published_date, year", [
    ("In 2018, Britain deported 23 Russian diplomats.", PUB, 2018),
    ("Norway expelled 3 Russian diplomats in December 2016.", PUB, 2016),
    ("In October 2024, Canada expelled six Indian diplomats.", "2025-01-10", 2024),
    ("Britain expelled 23 Russian diplomats after the poisoning in March 2018.", PUB, 2018),
    ("Norway expelled three Russian diplomats last March.", PUB, 2022),
    ("Norway expelled three Russian diplomats last May.", PUB, 2021),
    ("Norway expelled three Russian diplomats last year.", PUB, 2021),
    ("Norway expelled three Russian diplomats last month.", "2022-01-15", 2021),
    ("Norway expelled three Russian diplomats two years ago.", PUB, 2020),
    ("Norway expelled three Russian diplomats on Tuesday.", PUB, 2022),
    # seasons and spans counted back from the published date, across the turn of a year
    ("Norway expelled three Russian diplomats last spring.", "2022-01-20", 2021),
    ("Norway expelled three Russian diplomats last spring.", "2022-10-20", 2022),
    ("Norway expelled three Russian diplomats in the previous summer.", "2022-07-20", 2021),
    ("Last week Norway expelled three Russian diplomats.", "2022-01-04", 2021),
    ("Norway said yesterday it had expelled three Russian diplomats.", "2022-01-01", 2021),
    ("Norway expelled three Russian diplomats three weeks ago.", "2022-01-10", 2021),
    ("Norway expelled three Russian diplomats a month ago.", "2022-03-10", 2022),
    ("Norway expelled three Russian diplomats.", None, None),
])
def test_event_year(text, published_date, year):
    assert [t[4] for t in events(text, published_date)] == [year]


@pytest.mark.parametrize("text", [
    "Russia expelled 23 British diplomats on Thursday, the largest expulsion since 1985.",
    "Russia expelled 23 British diplomats, the most since the 1971 expulsion of Soviet officials.",
])
def test_a_year_of_comparison_is_not_the_events_year(text):
    assert [t[4] for t in events(text, "2018-03-17")] == [2018]


def test_since_a_year_when_it_happened_is_the_events_year():
    text = "Relations have been cool since 1986, when Norway expelled three Russian diplomats."
    assert [t[4] for t in events(text, "2018-03-17")] == [1986]


@pytest.mark.parametrize("text, state", [
    ("In 1985, Moscow expelled 25 British diplomats.", "SU"),
    ("In 1991, Moscow expelled five British diplomats.", "SU"),    # the Union ended in December
    ("In 1994, Moscow expelled two British diplomats.", "RU"),
])
def test_an_earlier_event_told_later_is_the_state_of_its_year(text, state):
    # a 2015 story resolves "Moscow" to today's Russia; the expulsion it tells was the Soviet Union's
    assert [t[0] for t in events(text, "2015-03-01")] == [state]


def test_event_year_ignores_resolution_numbers():
    assert event_year("It broke Resolutions 2042 and 2043 when Norway expelled them.", 30, "2012-05-29") == 2012


# --- reciprocity and article level ----------------------------------------------------------
def test_reciprocity_stays_directional():
    text = "Britain expelled 23 Russian diplomats. Russia expelled 23 British diplomats in response."
    assert asserted(text) == [("GB", "RU", 23, False, 2022, "asserted"), ("RU", "GB", 23, False, 2022, "asserted")]


def test_repeated_mentions_of_one_expulsion_give_one_event():
    text = ("Ecuador expelled the U.S. ambassador on Tuesday. The expulsion of the U.S. ambassador by Ecuador "
            "was unjustified. Ecuador's expulsion of U.S. diplomats angered Washington.")
    assert asserted(text) == [("EC", "US", 1, False, 2022, "asserted")]


def test_event_fields_and_ids():
    text = "Poland expelled 45 Russian diplomats. Germany expelled 40 Russian diplomats."
    first = extract(text)
    again = extract(text)
    assert [e.event_id for e in first] == [e.event_id for e in again]
    assert len({e.event_id for e in first}) == 2
    e = first[0]
    assert (e.article_id, e.trigger, e.actor_text, e.published_date) == ("t1", "expelled", "Poland", PUB)
    assert text[e.start_char:e.end_char] == e.sentence == "Poland expelled 45 Russian diplomats."


def test_works_without_sentences_and_with_unresolved_mentions():
    text = "Poland expelled 45 Russian diplomats. Zorbia expelled 3 Russian diplomats."
    ms = mentions_for(text) + [Mention("t1", 38, 44, "Zorbia", "GPE", "OTHER")]
    ms.sort(key=lambda m: m.start_char)
    got = extract_events("t1", text, PUB, [], ms)
    assert [(e.expelling_country, e.expelled_country, e.count, e.modality) for e in got] == [
        ("PL", "RU", 45, "asserted"), (None, "RU", 3, "aggregate")]


def test_spacy_like_sentence_with_paragraph_break_is_split():
    text = "March 29, 2018\n\nRussia expelled 60 American diplomats."
    got = extract_events("t1", text, PUB, [Sentence(0, len(text))], mentions_for(text))
    assert [(e.expelling_country, e.expelled_country, e.count, e.event_year) for e in got] == [("RU", "US", 60, 2022)]
    assert got[0].sentence == "Russia expelled 60 American diplomats."


# --- robustness ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "expel " * 3000,
    "Norway expelled " + "the " * 5000 + "diplomats.",
    "Norway ordered " + "diplomats, " * 3000 + "to leave.",
    "a" * 50000 + " expelled " + "1," * 5000,
    "If " + "not " * 5000 + "expel",
    ",".join(["Poland 4"] * 3000),
])
def test_pathological_text_is_fast(text):
    start = time.perf_counter()
    extract_events("t1", text, PUB, [], mentions_for(text))
    assert time.perf_counter() - start < 5.0


def test_tokenizer_keeps_abbreviations_and_titles():
    assert [t.norm for t in tokenize("U.S. Charge d\u2019Affaires")] == ["u.s.", "charge", "d'affaires"]
    assert [t.kind for t in find_triggers(tokenize("declared persona non grata"))] == ["png"]


# --- a state made to cut its mission (issue 5) --------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Russia ordered the United States to cut 755 diplomatic staff.", [("RU", "US", 755, False, 2022, "asserted")]),
    ("Moscow ordered the United States to cut its diplomatic staff by 755.", [("RU", "US", 755, False, 2022, "asserted")]),
    ("India asked Canada to withdraw 41 diplomats by Friday.", [("IN", "CA", 41, False, 2022, "asserted")]),
    ("Russia ordered the United States to reduce its embassy staff to 455.", [("RU", "US", None, False, 2022, "asserted")]),
    ("Russia threatened to order the United States to cut 755 diplomatic staff.",
     [("RU", "US", 755, False, 2022, "hypothetical")]),
])
def test_ordering_a_state_to_cut_its_diplomats_is_an_expulsion_of_them(text, expected):
    assert events(text) == expected


def test_a_state_withdrawing_its_own_diplomats_is_no_expulsion():
    assert asserted("Canada withdrew 41 diplomats from India on Friday.") == []


# --- a nationality or an unnamed ministry as the actor ------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The British expelled 23 Russian diplomats.", ("GB", "RU", 23)),
    ("The Russian government expelled two Japanese diplomats.", ("RU", "JP", 2)),
    ("The Russians retaliated by expelling 23 British diplomats.", ("RU", "GB", 23)),
])
def test_a_nationality_acting_as_its_state(text, expected):
    assert [t[:3] for t in asserted(text)] == [expected]


def test_an_unnamed_ministry_speaks_for_the_side_the_story_established():
    text = ("Japan expelled a Chinese diplomat in May. "
            "The Foreign Ministry said it was expelling two Chinese diplomats.")
    assert [t[:3] for t in asserted(text)] == [("JP", "CN", 1), ("JP", "CN", 2)]


def test_an_unnamed_ministry_is_not_the_state_mentioned_most():
    text = ("Japan summoned the Chinese envoy on Monday. Japan said the spying was unacceptable. "
            "The Foreign Ministry said it was expelling two Chinese diplomats.")
    assert asserted(text) == []


def test_an_unnamed_ministry_in_an_article_about_two_states_is_not_guessed():
    text = "Japan and France protested on Monday. The Foreign Ministry said it was expelling two Chinese diplomats."
    assert asserted(text) == []


# --- the year is bounded by the actor's term ---------------------------------------------------
def _with_term(text, start, end, published="2022-04-07"):
    mentions = [m._replace(acts_for="US", role_start=start, role_end=end) if m.text == "Donald Trump" else m
                for m in mentions_for(text)]
    return [(e.expelling_country, e.event_year) for e in
            extract_events("t1", text, published, sentences_for(text), mentions) if e.modality == "asserted"]


def test_a_former_leaders_expulsion_is_not_dated_to_the_article():
    text = "The move was backed by Donald Trump, who ousted 60 Russian diplomats."
    assert _with_term(text, "2017-01-20", "2021-01-20") == [("US", None)]      # somewhere in 2017-2021
    assert _with_term(text, "2019-02-01", "2019-11-30") == [("US", 2019)]      # a term within one year
    assert _with_term(text, "2021-01-20", None) == [("US", 2022)]              # still in office
    assert _with_term("In 2018 Donald Trump ousted 60 Russian diplomats.", "2017-01-20", "2021-01-20") == [("US", 2018)]


def test_an_endless_sentence_is_split_so_the_work_stays_bounded():
    from transforms.expulsions import MAX_UNIT_CHARS, analysis_units
    text = "Poland expelled 45 Russian diplomats and " * 400 + "that was all."
    units = analysis_units(text, [])
    assert all(b - a <= MAX_UNIT_CHARS for a, b in units)
    assert units[0][0] == 0 and units[-1][1] == len(text)          # nothing is lost between the pieces
    assert all(u[1] <= v[0] for u, v in zip(units, units[1:]))
