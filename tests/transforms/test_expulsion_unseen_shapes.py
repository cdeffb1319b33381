"""Shapes of news language that a second round of made-up whole stories showed the extractor misreading
(sentences written for these tests): a verb left out between two states ("A expelled X and B Y"), a
number the parser hangs inside the noun phrase but not on the noun ("a dozen", "some forty"), and
workers of a nationality, who are labour migrants, not a mission's staff."""
import pytest

from tests.expulsions_helpers import READING_NAMES, extract, grammar_readings, made_up_rows, tuples
from transforms.expulsions import grammar as g
from transforms.recognise import load_spacy_model

NAMES = READING_NAMES


@pytest.fixture(scope="module")
def nlp():
    return load_spacy_model()


def readings(nlp, text):
    return grammar_readings(nlp, text, NAMES)


@pytest.mark.parametrize("text", [
    "Strelsau expelled the Freedonian ambassador and Fredville the Ruritanian charge d'affaires on Friday.",
    "Strelsau expelled the Freedonian consul and Fredville the Ruritanian consul on Friday.",
])
def test_a_state_with_people_of_its_own_after_and_is_a_second_expulsion(nlp, text):
    assert sorted(readings(nlp, text)) == [("FD", "RR", 1, g.ASSERTED), ("RR", "FD", 1, g.ASSERTED)]


def test_the_people_after_the_second_state_are_not_added_to_the_first(nlp):
    text = "Strelsau expelled the Freedonian ambassador and Fredville the Ruritanian charge d'affaires."
    assert ("RR", "FD", 2, g.ASSERTED) not in readings(nlp, text)


@pytest.mark.parametrize("text, want", [
    ("The Ruritanian government ordered a dozen Freedonian diplomats to leave the country.", 12),
    ("Ruritania expelled some forty Freedonian diplomats and technicians after the war.", 40),
    ("Strelsau expelled a dozen Freedonian diplomats and technical staff last week.", 12),
    ("Ruritania expelled half a dozen Freedonian diplomats on Monday.", 6),
])
def test_a_number_inside_the_noun_phrase_is_the_count(nlp, text, want):
    assert readings(nlp, text) == [("RR", "FD", want, g.ASSERTED)]


def test_a_second_group_with_its_own_nationality_is_not_counted_in(nlp):
    text = "Ruritania expelled a dozen Freedonian diplomats and Ruritanian officials who had helped them."
    assert all(count != 12 for *_, count, _ in readings(nlp, text))


@pytest.mark.parametrize("text", [
    "Poland expelled thousands of Russian workers after the war.",
    "Britain deported hundreds of Polish and German workers last year.",
])
def test_workers_of_a_nationality_are_no_diplomats(text):
    assert tuples(extract(text)) == []


def test_embassy_workers_are_diplomats():
    assert [t[:3] for t in tuples(extract("Poland expelled 12 Russian embassy workers on Monday."))] == \
        [("PL", "RU", 12)]


NATIONS = {**NAMES, "Sylvanian": ("SY", "norp"), "Sylvania": ("SY", "state")}


@pytest.mark.parametrize("text, want", [
    ("Ruritania ordered the Freedonian and Sylvanian ambassadors to leave on Friday.",
     [("RR", "FD", 1, g.ASSERTED), ("RR", "SY", 1, g.ASSERTED)]),
    ("Ruritania expelled the Freedonian and Sylvanian charges d'affaires.",
     [("RR", "FD", 1, g.ASSERTED), ("RR", "SY", 1, g.ASSERTED)]),
    ("Ruritania expelled the Freedonian and Sylvanian diplomats on Friday.",   # how many of each: not said
     [("RR", "FD", None, g.ASSERTED), ("RR", "SY", None, g.ASSERTED)]),
    ("Ruritania expelled two Freedonian and three Sylvanian diplomats on Friday.",
     [("RR", "FD", 2, g.ASSERTED), ("RR", "SY", 3, g.ASSERTED)]),
])
def test_nationalities_coordinated_before_one_noun_are_one_group_each(nlp, text, want):
    assert grammar_readings(nlp, text, NATIONS) == want


def test_a_junta_in_a_capital_acts_for_its_state(nlp):
    text = "The junta in Strelsau ordered the Freedonian ambassador to leave within 48 hours."
    assert readings(nlp, text) == [("RR", "FD", 1, g.ASSERTED)]


def test_notes_handed_to_an_ambassador_declare_for_who_hands_them_and_name_his_people(nlp):
    text = ("The Ruritanian foreign ministry handed notes to the Freedonian ambassador declaring three embassy "
            "employees persona non grata.")
    assert readings(nlp, text) == [("RR", "FD", 3, g.ASSERTED)]


@pytest.mark.parametrize("text, want", [
    ("Ruritania declared 40 employees of the Freedonian embassy undesirable on Monday.", [("RR", "FD", 40, g.ASSERTED)]),
    ("Ruritania declared the activities of the Freedonian embassy undesirable.", []),
    ("Strelsau declared a Freedonian charity undesirable.", []),
])
def test_undesirable_after_the_object_of_declared_is_its_complement(nlp, text, want):
    assert readings(nlp, text) == want


def test_a_bare_count_after_expelling_with_a_gapped_state_after_it():
    text = ("Ruritania expelled 30 Freedonian diplomats on Monday. Two more states followed, with Graustark "
            "expelling 25 and Syldavia 15.")
    assert {r[:3] for r in made_up_rows(text) if r[3] == g.ASSERTED} == \
        {("RR", "FD", 30), ("GK", "FD", 25), ("SV", "FD", 15)}


def test_it_after_an_expulsion_earlier_in_the_sentence_is_that_state_with_its_own_year():
    text = "In 1971 Strelsau threw out 105 Freedonian officials in one day; in 1985 it sent home 25 more."
    assert years_of(text, "1990-01-01") == {("RR", "FD", 105, 1971), ("RR", "FD", 25, 1985)}


def test_it_after_another_state_is_named_is_not_the_earlier_actor(nlp):
    text = "In 1971 Strelsau threw out 105 Freedonian officials; in 1985 Sylvania protested and it sent home 25 more."
    assert [r[0] for r in grammar_readings(nlp, text, NATIONS)] == ["RR", g.STATE_BEFORE]


def test_the_year_of_an_expulsion_is_the_one_told_nearest_its_verb():
    text = ("In 2013 Ruritania detained a Freedonian diplomat in Fredville, and in 2018 Ruritania expelled two "
            "Freedonian diplomats over a plot.")
    assert years_of(text, "2022-03-01") == {("RR", "FD", 2, 2018)}


def years_of(text, published):
    from transforms.expulsions import extract_events
    from transforms.expulsions.story import default_parse
    import re
    from tests.expulsions_helpers import MADE_UP
    from transforms.records import Mention, Sentence
    mentions = []
    for m in re.finditer(r"\b(" + "|".join(sorted(MADE_UP, key=len, reverse=True)) + r")\b", text):
        code, kind, acts = MADE_UP[m.group()]
        mentions.append(Mention("a", m.start(), m.end(), m.group(), "NORP" if kind == "NORP" else "GPE", kind,
                                country_code=code, acts_for=code if acts else None))
    sentences = [Sentence(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]
    return {(e.expelling_country, e.expelled_country, e.count, e.event_year) for e in
            extract_events("a", text, published, sentences, mentions, default_parse) if e.modality == g.ASSERTED}


MARKDOWN = "{title}\n\n| Country | Number |\n|---|---|\n| Poland | 4 |\n| Ukraine | 13 |\n"


def test_rows_of_a_markdown_table_under_its_column_names_and_a_title_that_tells_the_expulsion():
    text = MARKDOWN.format(title="Expulsions of Russian diplomats, March 2018")
    assert {t[:3] for t in tuples(extract(text), "asserted")} == {("PL", "RU", 4), ("UA", "RU", 13)}


def test_a_markdown_table_under_a_title_that_tells_no_expulsion_gives_none():
    text = MARKDOWN.format(title="Russian diplomats accredited in Europe, March 2018")
    assert tuples(extract(text), "asserted") == []


@pytest.mark.parametrize("after, want", [
    ("Graustark followed with a counsellor.", {("RR", "FD", 2), ("GK", "FD", 1)}),
    ("Graustark followed with a protest note.", {("RR", "FD", 2)}),
])
def test_followed_with_a_diplomat_is_one_more_of_the_people_followed(after, want):
    text = "Ruritania expelled two Freedonian diplomats on Monday. " + after
    assert {r[:3] for r in made_up_rows(text) if r[3] == g.ASSERTED} == want


@pytest.mark.parametrize("text, want", [
    ("Ruritania has decided to reduce the staff of the Freedonian embassy in Strelsau by 35 persons.",
     {("RR", "FD", 35, g.ASSERTED)}),
    ("Ruritania will cut the number of Freedonian diplomats in Strelsau by 20.", {("RR", "FD", 20, g.ASSERTED)}),
    ("Ruritania cut its own embassy staff in Fredville by 20.", set()),
    ("Ruritania cut Freedonian gas imports by 20.", set()),
    ("Ruritania cut the budget of the Freedonian embassy office by 20 percent.", set()),
])
def test_a_host_that_cuts_another_states_mission_by_a_number_expels_that_many(text, want):
    assert made_up_rows(text) == want


@pytest.mark.parametrize("text, want", [
    ("In all, 27 Freedonian diplomats have been expelled from Ruritania since 2019.", g.AGGREGATE),
    ("Ruritania has expelled 27 Freedonian diplomats since 2019 in all.", g.AGGREGATE),
    ("Ruritania and Graustark have expelled 27 Freedonian diplomats in all.", g.AGGREGATE),
    ("In all likelihood Ruritania expelled two Freedonian diplomats on Monday.", g.ASSERTED),
])
def test_in_all_before_a_comma_or_at_the_end_tells_a_sum(text, want):
    assert {r[3] for r in made_up_rows(text)} == {want}


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled 23 Freedonian diplomats and Fredville responded in kind.", {("RR", "FD", 23), ("FD", "RR", None)}),
    ("Strelsau gave the Freedonian ambassador 48 hours to leave; Fredville replied in kind a day later.",
     {("RR", "FD", 1), ("FD", "RR", 1)}),
    ("Ruritania expelled 23 Freedonian diplomats and froze assets, and Fredville retaliated in kind against banks.",
     {("RR", "FD", 23)}),
    ("Ruritania expelled 23 Freedonian diplomats, and Fredville said it would respond in kind.", {("RR", "FD", 23)}),
])
def test_an_answer_in_kind_after_an_expulsion_in_the_same_sentence_mirrors_it(text, want):
    assert {r[:3] for r in made_up_rows(text, "2018-03-20") if r[3] == g.ASSERTED} == want
