"""Shapes fresh batches of made-up news showed the extractor missing, splitting or misreading (sentences written for
these tests): an answer "in kind" with no expulsion word of its own ("Moscow responded in kind"), which
is the expulsion told before turned round (in kind, not in number: how many only when it was one person); the people who work for a diplomat ("the ambassador's
deputy"), who are of the mission though their own noun is no diplomatic one; and "other" people
expelled by a verb joined to an earlier order ("ordered the ambassador to leave and expelled two other
diplomats"), one order with the total, as "the ambassador along with five other diplomats" is; a demand
to expel ("rejected Washington's demand to expel three diplomats"), no expulsion by the one who asks; and
"its staff" after a "People's Bureau"; "ordered its ambassador home" (a recall); "the ambassador and his
deputy"; "demanded that X recall two diplomats" (an order, as "asked X to withdraw" is); an envoy "summoned
... and told that"; and a second state the parser joins to the first one's people ("expelled 31 Soviet
diplomats and the Soviet Union expelled 19 British ones")."""
import pytest

from tests.expulsions_helpers import READING_NAMES, grammar_readings, mentions_for, sentences_for, tuples
from transforms.expulsions import extract_events
from transforms.expulsions import grammar as g
from transforms.recognise import load_spacy_model

NAMES = READING_NAMES


@pytest.fixture(scope="module")
def nlp():
    return load_spacy_model()


@pytest.fixture(scope="module")
def parse():
    from transforms.expulsions.story import default_parse
    return default_parse


def readings(nlp, text):
    return grammar_readings(nlp, text, NAMES)


def asserted(text, parse):
    events = extract_events("t", text, "1984-05-02", sentences_for(text), mentions_for(text), parse=parse)   # Russia is SU
    return sorted((a, b, c) for a, b, c, *_ in tuples(events, "asserted"))


@pytest.mark.parametrize("text, want", [
    ("Norway expelled four Russian diplomats on Monday. Moscow responded in kind on Thursday.",
     [("NO", "SU", 4), ("SU", "NO", None)]),
    ("Canada ordered nine Soviet officials out of the country. The Soviet Union retaliated in kind within "
     "hours, the agency said.", [("CA", "SU", 9), ("SU", "CA", None)]),
    # the expulsion of the answering state's own people, not the last one told
    ("Japan expelled two Chinese diplomats in March. Poland expelled three Russian diplomats in April. "
     "Beijing responded in kind.", [("CN", "JP", None), ("JP", "CN", 2), ("PL", "SU", 3)]),
])
def test_an_answer_in_kind_turns_the_expulsion_of_its_own_people_round(text, want, parse):
    assert asserted(text, parse) == want


@pytest.mark.parametrize("text, want", [
    ("Norway expelled four Russian diplomats on Monday. Moscow said it would respond in kind.",
     [("NO", "SU", 4)]),
    ("Norway expelled four Russian diplomats on Monday. Russia did not retaliate in kind.", [("NO", "SU", 4)]),
    ("Norway expelled four Russian diplomats on Monday. Russia will respond in kind, officials said.",
     [("NO", "SU", 4)]),
    # no expulsion of its own people told before: nothing to turn round
    ("Norway expelled four Russian diplomats on Monday. France responded in kind.", [("NO", "SU", 4)]),
    ("Russia responded in kind on Thursday.", []),
])
def test_an_answer_in_kind_not_done_or_to_nothing_is_no_expulsion(text, want, parse):
    assert asserted(text, parse) == want


def test_an_answer_in_kind_that_names_its_own_expulsion_is_read_once(parse):
    text = ("Norway expelled four Russian diplomats on Monday. Moscow responded in kind, expelling five "
            "Norwegian diplomats.")
    assert asserted(text, parse) == [("NO", "SU", 4), ("SU", "NO", 5)]


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled the Freedonian ambassador's deputy and a second secretary on Friday.",
     [("RR", "FD", 2, g.ASSERTED)]),
    ("Ruritania expelled the Freedonian consul's two aides.", [("RR", "FD", 2, g.ASSERTED)]),
])
def test_people_who_work_for_a_diplomat_are_of_the_mission(nlp, text, want):
    assert readings(nlp, text) == want


@pytest.mark.parametrize("text", [
    "Ruritania expelled the Freedonian ambassador's wife.",
    "Ruritania expelled a Freedonian deputy.",   # a member of a parliament, for all the sentence says
])
def test_a_deputy_or_a_diplomats_family_alone_are_no_diplomats(nlp, text):
    assert readings(nlp, text) == []


@pytest.mark.parametrize("text, want", [
    ("Ruritania ordered the Freedonian ambassador to leave within 72 hours and expelled two other Freedonian "
     "diplomats.", [("RR", "FD", 3, g.ASSERTED)]),
    ("Ruritania declared the Freedonian consul persona non grata and expelled three other Freedonian diplomats.",
     [("RR", "FD", 4, g.ASSERTED)]),
])
def test_other_people_expelled_by_a_joined_verb_are_more_of_the_same_order(nlp, text, want):
    assert readings(nlp, text) == want


def test_people_not_called_other_by_a_joined_verb_stay_an_expulsion_of_their_own(nlp):
    text = "Ruritania ordered the Freedonian ambassador to leave within 72 hours and expelled two Freedonian diplomats."
    assert readings(nlp, text) == [("RR", "FD", 1, g.ASSERTED), ("RR", "FD", 2, g.ASSERTED)]


@pytest.mark.parametrize("text", [
    "Freedonia rejected Ruritania's demand to expel three Freedonian diplomats.",
    "Freedonia refused a Ruritanian request to declare the consul persona non grata.",
    "Freedonia ignored calls to expel the Ruritanian ambassador.",
])
def test_a_demand_to_expel_is_no_expulsion_by_the_one_who_asks(nlp, text):
    assert all(modality != g.ASSERTED for *_, modality in readings(nlp, text))


def test_a_decision_to_expel_stays_an_expulsion(nlp):
    text = "Freedonia's decision to expel three Ruritanian diplomats angered Strelsau."
    assert readings(nlp, text) == [("FD", "RR", 3, g.ASSERTED)]


def test_its_staff_after_a_peoples_bureau_are_the_bureaus_state(nlp):
    text = "Ruritania closed the Freedonian People's Bureau in Strelsau and ordered its staff to leave within seven days."
    assert readings(nlp, text) == [("RR", "FD", None, g.ASSERTED)]


def test_a_diplomat_ordered_home_whom_the_parser_joins_to_home_is_still_expelled(nlp):
    text = "Ruritania ordered the Freedonian naval attache home within a week."   # "attache home" one noun
    assert readings(nlp, text) == [("RR", "FD", 1, g.ASSERTED)]


@pytest.mark.parametrize("text", [
    "Norway expelled two Russian diplomats on Monday. Russia ordered its ambassador home on Tuesday.",
    "Norway expelled two Russian diplomats on Monday. Russia ordered its naval attache home within a week.",
])
def test_a_state_ordering_its_own_envoy_home_is_a_recall(text, parse):
    assert [(a, b) for a, b, _ in asserted(text, parse)] == [("NO", "SU")]


@pytest.mark.parametrize("text, want", [
    # the joined verb has no subject of its own in the parse: it shares the order's
    ("The government of Ruritania gave the Freedonian military attache 72 hours to leave and expelled two other "
     "Freedonian embassy staff.", [("RR", "FD", 3, g.ASSERTED)]),
    # "his deputy" beside the envoy is one more person
    ("Ruritania expelled the Freedonian ambassador and his deputy in June.", [("RR", "FD", 2, g.ASSERTED)]),
    ("Ruritania expelled the Freedonian consul and his two aides.", [("RR", "FD", 3, g.ASSERTED)]),
    ("Ruritania expelled the Freedonian ambassador and his wife in June.", [("RR", "FD", 1, g.ASSERTED)]),
])
def test_the_people_of_one_order(nlp, text, want):
    assert readings(nlp, text) == want


def test_a_state_demanding_that_another_recall_its_diplomats_expels_them(nlp):
    text = "Ruritania has demanded that Freedonia recall two Freedonian diplomats."
    assert readings(nlp, text) == [("RR", "FD", 2, g.ASSERTED)]


def test_an_envoy_summoned_and_told_is_the_one_told(nlp):
    text = ("The Freedonian chargé d'affaires was summoned to the ministry this morning and told that three members "
            "of his embassy must leave Ruritania within seven days.")
    assert readings(nlp, text) == [("RR", "FD", 3, g.ASSERTED)]


@pytest.mark.parametrize("text, want", [
    ("Between 1980 and 1985 Ruritania expelled 31 Freedonian diplomats and Freedonia expelled 19 Ruritanian ones.",
     [("RR", "FD", 31, g.ASSERTED), ("FD", "RR", 19, g.ASSERTED)]),
    ("Ruritania expelled 31 Freedonian diplomats and Freedonia expelled 19 Ruritanian diplomats.",
     [("RR", "FD", 31, g.ASSERTED), ("FD", "RR", 19, g.ASSERTED)]),
    # "ones" are of the kind named before them: students are no diplomats
    ("Ruritania deported 31 Freedonian students and Freedonia expelled 19 Ruritanian ones.", []),
])
def test_a_second_state_the_parser_joins_to_the_first_ones_people_expels_on_its_own(nlp, text, want):
    assert readings(nlp, text) == want
