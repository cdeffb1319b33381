"""Shapes of news language that fresh made-up stories showed the extractor missing (sentences written
for these tests): a passive whose subject the parser hung elsewhere because a phrase stands between
auxiliary and participle, a first person inside a quotation the parse does not join to its verb of
speech, "its diplomats" after another state's mission, the pair itself as the subject of a reciprocal
expulsion, and the forms of address of the House of Lords."""
import re

import pytest

from tests.expulsions_helpers import READING_NAMES, grammar_readings, mentions_for, sentences_for, tuples
from transforms.expulsions import extract_events
from transforms.expulsions import grammar as g
from transforms.expulsions.story import home_state
from transforms.recognise import load_spacy_model

NAMES = READING_NAMES


@pytest.fixture(scope="module")
def nlp():
    return load_spacy_model()


def readings(nlp, text):
    return grammar_readings(nlp, text, NAMES)


@pytest.mark.parametrize("text, want", [
    ("Two Freedonian diplomats were on Monday expelled by Ruritania.", ("RR", "FD", 2, g.ASSERTED)),
    ("Five members of the staff of the Freedonian embassy, including the consul, were on Friday ordered by "
     "the Ruritanian government to leave the country.", ("RR", "FD", 5, g.ASSERTED)),
])
def test_a_phrase_between_auxiliary_and_participle_keeps_the_passive_subject(nlp, text, want):
    assert want in readings(nlp, text)


def test_we_in_a_quotation_is_the_state_of_the_one_it_is_attributed_to(nlp):
    text = ('"We have decided to declare the naval attaché of the Freedonian embassy persona non grata," '
            'Ruritanian Foreign Minister Anton Velk told reporters in Strelsau.')
    assert readings(nlp, text) == [("RR", "FD", 1, g.ASSERTED)]


def test_a_quotation_attributed_to_nobody_of_a_state_names_no_actor(nlp):
    text = ('"We have decided to declare the naval attaché of the Freedonian embassy persona non grata," '
            'a spokesman told reporters.')
    assert all(actor is None for actor, *_ in readings(nlp, text))


def test_its_diplomats_after_another_states_mission_are_that_states(nlp):
    text = "Ruritania shut the Freedonian consulate and gave its diplomats a week to leave the country."
    assert readings(nlp, text) == [("RR", "FD", None, g.ASSERTED)]


def test_its_diplomats_after_its_own_mission_are_nobody_elses(nlp):
    text = "Ruritania closed its embassy in Fredville and told its diplomats to leave Freedonia."
    assert all(expelled != "FD" for _, expelled, *_ in readings(nlp, text))


@pytest.mark.parametrize("text, want", [
    ("Relations between Russia and Poland broke down when each expelled the other's ambassador.",
     [("PL", "RU", 1), ("RU", "PL", 1)]),
    ("After the clash between India and China, the two countries expelled each other's military attachés.",
     [("CN", "IN", None), ("IN", "CN", None)]),
])
def test_the_pair_as_subject_of_a_reciprocal_expulsion(text, want):
    events = extract_events("t", text, "2022-04-07", sentences_for(text), mentions_for(text))
    assert sorted((a, b, c) for a, b, c, *_ in tuples(events, "asserted")) == want


def test_a_reciprocal_subject_with_two_pairs_before_it_names_no_one():
    text = "Unlike Russia and Poland, or Japan and China, the two countries expelled each other's ambassadors."
    events = extract_events("t", text, "2022-04-07", sentences_for(text), mentions_for(text))
    assert tuples(events, "asserted") == []


@pytest.mark.parametrize("text, want", [
    ("My Lords, we required the withdrawal of two members of the Freedonian Embassy.", "GB"),
    ("I am grateful to the noble Lord for his question.", "GB"),
    ("The lords of the manor expelled the tenants.", None),
])
def test_the_forms_of_address_of_the_house_of_lords(text, want):
    assert home_state(text) == want


@pytest.fixture(scope="module")
def parse():
    from transforms.expulsions.story import default_parse
    return default_parse


def asserted_with_parse(text, parse):
    events = extract_events("t", text, "2022-04-07", sentences_for(text), mentions_for(text), parse=parse)
    return sorted((a, b, c) for a, b, c, *_ in tuples(events, "asserted"))


@pytest.mark.parametrize("text, want", [
    ("Finland said four Russian embassy employees had been identified as intelligence officers. All four were "
     "expelled on Friday, the foreign ministry said.", [("FI", "RU", 4)]),
    ("Sweden summoned the Russian ambassador on Monday. Both of the Russian military attachés were declared "
     "persona non grata, the ministry said.", [("SE", "RU", 2)]),
    # the sentence before is about the people, not a state: who expelled them stays unknown
    ("Two Chinese diplomats were questioned by police. Both were later declared persona non grata, the "
     "ministry said.", []),
])
def test_all_five_and_the_ministry_that_reports_point_into_the_sentence_before(text, want, parse):
    assert asserted_with_parse(text, parse) == want


def test_the_one_who_informs_an_envoy_of_a_declaration_made_it(nlp):
    text = ("The Ruritanian Ministry informed the Freedonian ambassador that two members of his staff had been "
            "declared persona non grata.")
    assert readings(nlp, text) == [("RR", "FD", 2, g.ASSERTED)]


def test_an_envoy_who_tells_of_his_staffs_expulsion_is_not_who_expelled_them(nlp):
    text = "The Freedonian ambassador told Ruritania that two of his staff had been declared persona non grata."
    assert all(actor != "FD" for actor, *_ in readings(nlp, text))


@pytest.mark.parametrize("text, want", [
    ("The Freedonian diplomats have 72 hours to leave Ruritania.", ("RR", "FD", None, g.ASSERTED)),
    ("The three Freedonian attachés had until Friday to leave Ruritania, the ministry in Strelsau said.",
     ("RR", "FD", 3, g.ASSERTED)),
    ("Ruritanian officials have asked Fredville to withdraw the Freedonian consul general in Strelsau.",
     ("RR", "FD", 1, g.ASSERTED)),
    ("Ruritania has ordered the Freedonian high commissioner and three of his aides out of the country.",
     ("RR", "FD", 4, g.ASSERTED)),
])
def test_deadlines_titles_and_particles_the_parse_hangs_elsewhere(nlp, text, want):
    assert want in readings(nlp, text)


def test_tourists_given_time_to_leave_are_no_diplomats(nlp):
    assert readings(nlp, "Freedonian tourists have two weeks to leave Ruritania.") == []


def test_a_sentence_in_capitals_is_parsed_in_readable_case(parse):
    text = "IN 2019 THE GOVERNMENT OF POLAND DECLARED TWO RUSSIAN OFFICIALS PERSONA NON GRATA."
    mentions = [m._replace(text=text[m.start_char:m.end_char])
                for m in mentions_for(re.sub(r"[A-Z]{2,}", lambda m: m.group().title(), text))]
    events = extract_events("t", text, None, sentences_for(text), mentions, parse=parse)
    assert sorted((a, b, c) for a, b, c, *_ in tuples(events, "asserted")) == [("PL", "RU", 2)]


def test_readable_case_keeps_every_offset_and_leaves_ordinary_text_alone():
    from transforms.expulsions.readable_case import readable_case
    text = "POLAND EXPELS TWO RUSSIAN DIPLOMATS"
    mentions = [m._replace(text=text[m.start_char:m.end_char])
                for m in mentions_for(re.sub(r"[A-Z]{2,}", lambda m: m.group().title(), text))]
    assert readable_case(text, 0, len(text), mentions) == "Poland expels two Russian diplomats"
    assert readable_case("Poland expels two NATO diplomats", 0, 32, []) == "Poland expels two NATO diplomats"


def test_a_number_on_the_first_of_two_missions_counts_their_officials(nlp):
    text = "Ruritania has ordered twelve Freedonian embassy and consulate officials to leave within 48 hours."
    assert readings(nlp, text) == [("RR", "FD", 12, g.ASSERTED)]


def test_a_recommendation_to_retaliate_is_no_expulsion(nlp):
    text = "The embassy recommends that Ruritania take reciprocal action against a Freedonian attaché in Strelsau."
    assert all(modality != g.ASSERTED for *_, modality in readings(nlp, text))


def test_an_adverb_between_the_pair_and_a_reciprocal_verb():
    text = "During the 1990s Russia and Poland repeatedly expelled each other's diplomats."
    events = extract_events("t", text, None, sentences_for(text), mentions_for(text))
    assert sorted((a, b, c) for a, b, c, *_ in tuples(events, "asserted")) == [("PL", "RU", None), ("RU", "PL", None)]


@pytest.mark.parametrize("text, want", [
    ("Ruritania had ordered the two Freedonian embassy employees out on Wednesday.", ("RR", "FD", 2, g.ASSERTED)),
    ('"They have 48 hours," the spokesman said of the four Freedonian officials ordered out of Ruritania.',
     ("RR", "FD", 4, g.ASSERTED)),
    ("Ruritania's expulsion of a Freedonian diplomat prompted Fredville to send home a Ruritanian diplomat.",
     ("FD", "RR", 1, g.ASSERTED)),
])
def test_numbers_on_a_mission_word_reduced_relatives_and_the_one_made_to_act(nlp, text, want):
    assert want in readings(nlp, text)


def test_the_one_made_to_act_is_not_the_one_who_made_it(nlp):
    text = "Ruritania's expulsion of a Freedonian diplomat prompted Fredville to send home a Ruritanian diplomat."
    assert ("RR", "RR", 1, g.ASSERTED) not in readings(nlp, text)



@pytest.mark.parametrize("text, want", [
    ("Canada ordered two Chinese diplomats home within 48 hours.", [("CA", "CN", 2)]),
    ("In 2019 Washington ordered 12 Russian embassy officials home, accusing them of spying.", [("US", "RU", 12)]),
    ("Norway ordered its ambassador in Moscow home for consultations.", []),
    ("Canada ordered all Canadian diplomats home from Syria as the fighting spread.", []),
    # the parser hangs the count on "home" when "home" comes first
    ("Washington ordered home 80 Soviet diplomats.", [("US", "SU", 80)]),
])
def test_ordered_home_is_sending_home_and_ones_own_people_are_a_recall(text, want):
    from transforms.expulsions.story import default_parse
    events = extract_events("t", text, "2022-04-07", sentences_for(text), mentions_for(text), parse=default_parse)
    assert [(a, b, c) for a, b, c, *_ in tuples(events, "asserted")] == want
