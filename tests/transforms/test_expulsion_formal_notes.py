"""A diplomatic note in its own register: "The Ministry of Foreign Affairs of Ruritania presents its compliments to the
Embassy of Freedonia and informs the Embassy that it considers its military attache persona non grata". The ministry
named by its full style is its state's ("of Foreign Affairs of Ruritania": phrase_states.state_of_phrase), and the "it" of
the clause it informs of is the ministry's, through the conjoined verb of informing (speakers.reporter); "its" is the
embassy's. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows

_NOTE = "The Ministry of Foreign Affairs of {actor} presents its compliments to the Embassy of {envoy} and informs the " \
        "Embassy that it {verb} its {person} persona non grata."


@pytest.mark.parametrize("actor, envoy, code_actor, code_envoy", [
    ("Ruritania", "Freedonia", "RR", "FD"),
    ("Graustark", "Syldavia", "GK", "SV"),
])
@pytest.mark.parametrize("verb, person", [
    ("considers", "military attache"),
    ("considers", "Plenipotentiary Minister"),
    ("declares", "counsellor"),
])
def test_a_note_tells_the_ministrys_state_expelling_the_embassys_envoy(actor, envoy, code_actor, code_envoy, verb,
                                                                        person):
    text = _NOTE.format(actor=actor, envoy=envoy, verb=verb, person=person)
    assert made_up_rows(text) == {(code_actor, code_envoy, 1, "asserted")}


def test_a_ministry_by_its_full_style_acts_for_its_state_not_the_one_named_before():
    text = "Graustark protested on Monday. The Ministry of Foreign Affairs of Ruritania expelled two Freedonian diplomats."
    assert made_up_rows(text) == {("RR", "FD", 2, "asserted")}


def test_a_note_after_another_state_is_the_ministrys():
    text = "Graustark protested on Monday. " + _NOTE.format(actor="Ruritania", envoy="Freedonia", verb="considers",
                                                           person="military attache")
    assert made_up_rows(text) == {("RR", "FD", 1, "asserted")}


def test_the_it_of_a_conjoined_verb_of_informing_is_the_ministrys():
    text = "The Ruritanian Ministry of Foreign Affairs presents its compliments to the Embassy of Freedonia and " \
           "informs the Embassy that it has declared the Freedonian military attache persona non grata."
    assert made_up_rows(text) == {("RR", "FD", 1, "asserted")}


def test_a_note_of_protest_tells_no_act_of_its_sender():
    text = "The Ministry of Foreign Affairs of Freedonia presents its compliments to the Embassy of Ruritania and " \
           "informs the Embassy that it protests the expulsion of two Freedonian diplomats."
    assert not any(actor == "FD" and modality == "asserted" for actor, _, _, modality in made_up_rows(text))
