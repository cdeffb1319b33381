"""A reading that lacks one side takes it from the article's own story (transforms/expulsions/story.py),
never from the state mentioned most; made-up articles parsed by the project's real spaCy model."""
import re

import pytest

from transforms.expulsions import extract_events
from transforms.expulsions.sentence_merge import merge
from transforms.expulsions.story import default_parse, home_state
from transforms.records import Event, Mention, Sentence

STATES = {"Ruritania": ("RR", "COUNTRY"), "Freedonia": ("FD", "COUNTRY"), "Ruritanian": ("RR", "NORP"),
          "Freedonian": ("FD", "NORP"), "Strelsau": ("RR", "CITY")}


def events(text):
    mentions = []
    for m in re.finditer(r"\b(" + "|".join(STATES) + r")\b", text):
        code, kind = STATES[m.group()]
        mentions.append(Mention("a", m.start(), m.end(), m.group(), "NORP" if kind == "NORP" else "GPE", kind,
                                country_code=code, acts_for=code if kind == "COUNTRY" else None))
    sentences = [Sentence(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]
    return {(e.expelling_country, e.expelled_country, e.count) for e in
            extract_events("a", text, "2020-05-01", sentences, mentions, default_parse) if e.modality == "asserted"}


@pytest.mark.parametrize("text, want", [
    # the first person is the side of the established pair opposite the named state
    ("Freedonia expelled two Ruritanian diplomats in March. "
     "Three members of the Freedonian Embassy have been removed at our request.",
     {("FD", "RR", 2), ("RR", "FD", 3)}),
    # the crown possessive names the state an article's first person speaks for
    ("His Majesty's Government protested. The Freedonian authorities agreed, at our request, "
     "to withdraw four Freedonians connected with their mission.", {("GB", "FD", 4)}),
    # a mission in a city of the host: the host expels
    ("The Freedonian Government were requested to recall a member of the Freedonian Legation in Strelsau.",
     {("RR", "FD", 1)}),
])
def test_missing_side_from_the_story(text, want):
    assert events(text) == want


def test_the_most_mentioned_state_never_fills_a_side():
    text = ("Ruritania held talks. Ruritania and Ruritania again. Ruritania said so. "
            "Two diplomats have been expelled for no good reason.")
    assert events(text) == set()


def test_the_envoy_told_takes_the_nationality_named_before():
    text = ("The Freedonian Ambassador was summoned on Monday. "
            "The ambassador was then told that the Ruritanian Government required the withdrawal of the three "
            "attachés within seven days.")
    assert events(text) == {("RR", "FD", 3)}


def test_their_people_sent_home_by_us_are_the_other_side_of_the_story():
    text = ("Ruritania declared five Freedonian officials persona non grata. "
            "Ruritania kicked five of our diplomats out. "
            "This is their reply to our sending 25 of their agents home.")
    assert events(text) == {("RR", "FD", 5), ("FD", "RR", 25)}


def test_an_unplaced_first_person_stays_unknown():
    text = ("Ruritania declared five Freedonian officials persona non grata. "
            "This is their reply to our sending 25 of their agents home.")
    assert events(text) == {("RR", "FD", 5)}


@pytest.mark.parametrize("text, want", [
    # a retaliation done against our mission's staff: the host of the mission expels our people
    ("Freedonia expelled two Ruritanian diplomats on Monday. We deeply regret the retaliatory action taken "
     "against three members of the staff of our Strelsau embassy.", {("FD", "RR", 2), ("RR", "FD", 3)}),
    ("Freedonia expelled two Ruritanian diplomats on Monday. Ruritania took retaliatory measures against three "
     "Freedonian diplomats.", {("FD", "RR", 2), ("RR", "FD", 3)}),
    # a cause, not a trigger
    ("Freedonia expelled two Ruritanian diplomats on Monday. In retaliation against the three Freedonian "
     "diplomats, Ruritania closed a consulate.", {("FD", "RR", 2)}),
    # a retaliation in an article that tells no expulsion is not read as one
    ("Ruritania took retaliatory measures against three Freedonian diplomats.", set()),
])
def test_a_retaliation_against_diplomats_in_a_story_of_expulsions(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text, want", [
    # "he" is the envoy named before; "the country" is the state the statement speaks for
    ("His Majesty's Government protested. The Freedonian ambassador was seen again yesterday. He was told that "
     "a counsellor and an attaché must leave the country within seven days.", {("GB", "FD", 2)}),
    # in a news story, "the country" is the other side of the story's pair
    ("Ruritania expelled two Freedonian diplomats on Monday. On Tuesday the Freedonian ambassador was summoned. "
     "He was told that a third diplomat must leave the country.", {("RR", "FD", 2), ("RR", "FD", 1)}),
    # with neither, nobody is known to expel
    ("The Freedonian ambassador was summoned. He was told that two attachés must leave the country.", set()),
])
def test_told_that_they_must_leave_the_country(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text, want", [
    # "the embassy" is the mission the article named before
    ("Ruritania accused the Freedonian embassy of spying. Two members of the embassy were expelled by Ruritania "
     "on Monday.", {("RR", "FD", 2)}),
    # our mission: the first person's state, from the story's pair
    ("Freedonia expelled two Ruritanian diplomats in May. Our embassy protested. Three members of the embassy "
     "were expelled by Ruritania in June.", {("FD", "RR", 2), ("RR", "FD", 3)}),
    # no mission named before: whose people stays unknown, and no event is asserted
    ("Two members of the embassy were expelled by Ruritania on Monday.", set()),
    ("Ruritania expelled two diplomats on Monday.", set()),
    # ... unless the story names the other side
    ("Ruritania expelled two diplomats on Monday. Freedonia said it would retaliate against Ruritania "
     "after Ruritania expelled three Freedonian diplomats in May.", {("RR", "FD", 2), ("RR", "FD", 3)}),
])
def test_the_mission_named_before_owns_its_members(text, want):
    assert events(text) == want


def test_a_bare_number_after_an_expulsion_is_more_of_the_same_people():
    text = ("Ruritania expelled 21 Freedonian diplomats last week. Norway expelled 17 and Sweden four. "
            "Freedonia has yet to respond.")
    STATES.update({"Norway": ("NO", "COUNTRY"), "Sweden": ("SE", "COUNTRY")})
    assert events(text) == {("RR", "FD", 21), ("NO", "FD", 17), ("SE", "FD", 4)}


def test_a_bare_number_with_no_expulsion_before_is_no_event():
    STATES.update({"Norway": ("NO", "COUNTRY")})
    assert events("Norway expelled 17 on Monday.") == set()


def test_a_capital_acts_for_the_state_its_mention_acts_for_not_its_present_country():
    # the resolver gives a 1971 "Moscow" country RU and acts_for SU: the act is the Soviet Union's
    text = "Moscow expelled two Freedonian diplomats on Monday."
    mentions = [Mention("a", 0, 6, "Moscow", "GPE", "CITY", country_code="RU", acts_for="SU"),
                Mention("a", 20, 30, "Freedonian", "NORP", "NORP", country_code="FD")]
    found = {(e.expelling_country, e.expelled_country, e.count) for e in
             extract_events("a", text, "1971-05-01", [Sentence(0, len(text))], mentions, default_parse)
             if e.modality == "asserted"}
    assert found == {("SU", "FD", 2)}


@pytest.mark.parametrize("text, want", [
    # the person expelled is named; the article gives his nationality in another sentence
    ("The embassy's first secretary, Ivan Petrov, was declared persona non grata by Ruritania on Monday. "
     "Petrov, a Freedonian citizen, was given a week to leave.", {("RR", "FD", 1)}),
    ("The embassy's counsellor, Ivan Petrov, was declared persona non grata by Ruritania on Monday. "
     "The Freedonian diplomat Ivan Petrov had served two years.", {("RR", "FD", 1)}),
    # nothing says whose he is: no event
    ("The embassy's first secretary, Ivan Petrov, was declared persona non grata by Ruritania on Monday.", set()),
])
def test_a_named_person_expelled_is_of_the_state_the_article_gives_him(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text, want", [
    # a telegram's short names of a state: "Sov" is Soviet
    ("Dept will wish to know that Sov MFA today declared two Freedonian diplomats persona non grata.",
     {("SU", "FD", 2)}),
    # "this Embassy" is the writer's mission; a telegram to the State Department is written for the US
    ("Sov MFA today handed the Counsellor a note declaring Commander Lewis of this Embassy persona non grata. "
     "Embassy recommends Dept protest.", {("SU", "US", 1)}),
    ("HMG have today required three members of the Freedonian Embassy to leave the country.", {("GB", "FD", 3)}),
    # nothing says whose the writer's embassy is: no event
    ("The Ruritanian Foreign Ministry declared Commander Lewis of this Embassy persona non grata.", set()),
])
def test_telegram_register_names_the_states(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text, want", [
    ("HMG have decided to protest.", "GB"),
    ("TELEGRAM FROM THE EMBASSY IN RURITANIA TO THE DEPARTMENT OF STATE\n\n1. Embassy learned today ...", "US"),
    ("Dept will wish to know that the Ministry protested.", "US"),
    ("The Dept of Health said the hospital was full.", None),
    ("The department said the hospital was full.", None),
    # a telegram from the State Department, by its heading; the words deep in a news story say nothing of it
    ("TELEGRAM FROM THE DEPARTMENT OF STATE TO THE EMBASSY IN RURITANIA\n\n1. Department today informed ...", "US"),
    ("Ruritania expelled two diplomats on Monday. " + "The talks went on for hours. " * 12 +
     "The ministry sent a letter to the Department of State.", None),
])
def test_the_state_a_document_speaks_for(text, want):
    assert home_state(text) == want


@pytest.mark.parametrize("text", [
    "Ruritania expelled 30 Freedonian workers on Monday for lacking permits, Freedonian diplomats said.",
    "Ruritania deported six Freedonian tourists, the Freedonian ambassador said on Friday.",
])
def test_people_who_are_not_diplomats_give_no_event_whoever_speaks(text):
    assert events(text) == set()


def test_workers_of_a_mission_are_its_staff():
    assert events("Ruritania expelled 12 Freedonian embassy workers on Monday.") == {("RR", "FD", 12)}


@pytest.mark.parametrize("text, want", [
    # we answer in kind: we are the state whose people they expelled
    ("Ruritania expelled three Freedonian diplomats on Monday. In reply we expelled three Ruritanian diplomats.",
     {("RR", "FD", 3), ("FD", "RR", 3)}),
    # a third party's expulsion of the same people says nothing of who we are
    ("Freedonia has thrown out forty-seven Ruritanian diplomats. "
     "We threw out a hundred and five Ruritanian diplomats in 1971.", {("FD", "RR", 47)}),
])
def test_we_are_the_side_that_answers_not_a_third_party(text, want):
    assert events(text) == want


def _event(actor, expelled, sentence):
    return Event("id", "a", actor, expelled, 2, False, 1971, "asserted", sentence, 0, len(sentence))


@pytest.mark.parametrize("window, kept", [
    (("FD", "RR"), False),   # the pair turned round
    (("FD", None), False),   # the expelled side taken for the one who expels
    ((None, "RR"), False),
    (("FD", "NO"), True),    # another pair: a list the window rules read
])
def test_a_window_reading_never_turns_round_the_pair_the_parse_read(window, kept):
    text = "The Freedonian minister wrote: 'Ruritania has thrown out two of our diplomats.'"
    grammar = {0: [_event("RR", "FD", text)]}
    merged = merge([_event(*window, text)], grammar, [(0, len(text))])
    assert (_event(*window, text) in merged) is kept


def test_each_others_diplomats_keep_both_ways():
    text = "Ruritania and Freedonia have expelled two of each other's diplomats."
    merged = merge([_event("FD", "RR", text)], {0: [_event("RR", "FD", text)]}, [(0, len(text))])
    assert {(e.expelling_country, e.expelled_country) for e in merged} == {("RR", "FD"), ("FD", "RR")}


@pytest.mark.parametrize("text", [
    "Ruritania expelled 20 Freedonian diplomats on Sunday. The move coincides with Graustark hitting Strelsau "
    "with new sanctions and expelling 10 diplomats.",
    "Ruritania expelled 20 Freedonian diplomats on Sunday. It also comes as Graustark punished Strelsau with "
    "sanctions and expelled 10 diplomats.",
])
def test_the_object_of_another_verb_is_not_who_expels(text):
    # the parse reads Graustark as who expels the ten, though not whose they are; the state right before
    # the verb (Strelsau, the object of "hitting") must not take them, nor the story's pair complete them
    from tests.expulsions_helpers import made_up_rows
    assert {(a, b, n) for a, b, n, m in made_up_rows(text, "2021-04-18") if m == "asserted"} == {("RR", "FD", 20)}
