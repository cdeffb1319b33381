"""Shapes of parliamentary records, official statements and encyclopedia prose that gave confident wrong events:
a "should" shared by a list of bare verbs, a total "expelled world wide", people "expelled from A and B" whose
nationality is said before them, a course "that remains an option", "did not rule out", "14 EU Member States"
(the plural taken for a name) and an official of an organisation of many states declared persona non grata.
Made-up sentences about made-up states, parsed by the project's real spaCy model."""
import re

import pytest

from tests.expulsions_helpers import MADE_UP, made_up_rows as rows
from transforms.records import Mention, Sentence


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


def test_a_should_on_the_first_of_a_list_of_bare_verbs_is_on_each():
    text = "Freedonia should pass it, expel Ruritania's Ambassador, and get on board with the rest of the world."
    assert asserted(text) == set()
    assert ("FD", "RR", 1, "demand") in rows(text)


def test_a_list_of_verbs_in_the_past_is_told_done():
    text = "Freedonia closed the consulate, expelled the Ruritanian Ambassador, and cut all ties."
    assert asserted(text) == {("FD", "RR", 1)}


@pytest.mark.parametrize("text", [
    "Ruritania compiled a study showing that 30 Freedonian representatives were expelled world wide in 1981.",
    "A Ruritanian report says 40 Freedonian diplomats were expelled worldwide last year.",
    "Ruritania said 12 Freedonian diplomats had been expelled around the world since January.",
])
def test_people_expelled_all_over_the_world_are_a_sum_of_no_one_state(text):
    assert {a for a, b, n, m in rows(text) if m == "asserted"} <= {None}
    assert asserted(text) == set()


def test_an_expulsion_in_one_place_keeps_its_state():
    assert asserted("Ruritania expelled 30 Freedonian diplomats in 1981.") == {("RR", "FD", 30)}


@pytest.mark.parametrize("text", [
    "The decision answered the recent expulsion of Ruritanian diplomats from Freedonia and Graustark.",
    "The expulsion of Ruritanian diplomats from Freedonia and Graustark angered Strelsau.",
])
def test_states_after_from_name_where_people_of_a_said_nationality_were_expelled_from(text):
    found = asserted(text)
    assert found and all(b == "RR" for _, b, _ in found)


def test_a_list_after_from_on_people_of_no_said_nationality_still_owns_them():
    assert asserted("Syldavia expelled diplomats from Freedonia and Graustark.") == \
        {("SV", "FD", None), ("SV", "GK", None)}


@pytest.mark.parametrize("text", [
    "Freedonia says expelling the Ruritanian ambassador remains an option.",
    "Expelling the Ruritanian ambassador is an option for Freedonia.",
])
def test_expelling_that_remains_an_option_is_not_done(text):
    assert asserted(text) == set()
    assert any(m == "hypothetical" for *_, m in rows(text))


def test_expelling_judged_afterwards_was_done():
    assert asserted("Freedonia said expelling the Ruritanian ambassador was the right decision.") == {("FD", "RR", 1)}


@pytest.mark.parametrize("text", [
    "Freedonia has not ruled out expelling the Ruritanian ambassador.",
    "However, Freedonia did not rule out the Ruritanian ambassador being expelled in the future.",
])
def test_not_ruling_out_an_expulsion_leaves_it_open(text):
    found = rows(text)
    assert asserted(text) == set()
    assert ("FD", "RR", 1, "hypothetical") in found


def test_ruling_out_an_expulsion_denies_it():
    assert rows("Freedonia ruled out expelling the Ruritanian ambassador.") == {("FD", "RR", 1, "negated")}


def _events(text, extra):
    """The events of `text` about the made-up states, with `extra` names resolved as given: {surface: Mention
    fields (label, entity type, country, acts for)}."""
    from transforms.expulsions import extract_events
    from transforms.expulsions.story import default_parse
    names = {k: (v[1], v[1], v[0], v[0] if v[2] else None) for k, v in MADE_UP.items()}
    names.update(extra)
    mentions = [Mention("a", m.start(), m.end(), m.group(), *({"NORP": "NORP", "ORG": "ORG", "PERSON": "PERSON"}.get(
                    names[m.group()][0], "GPE"), names[m.group()][1]), country_code=names[m.group()][2],
                        acts_for=names[m.group()][3])
                for m in re.finditer(r"\b(" + "|".join(sorted(names, key=len, reverse=True)) + r")\b", text)]
    sentences = [Sentence(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]
    return {(e.expelling_country, e.expelled_country, e.count, e.modality)
            for e in extract_events("a", text, "2020-05-01", sentences, mentions, default_parse)}


def test_member_states_taken_for_a_name_are_many_states():
    text = "He commented on the decision of 14 Graustarkian Member States to expel Ruritanian diplomats."
    found = _events(text, {"States": ("COUNTRY", "COUNTRY", "SV", True)})   # the resolver's "the States"
    assert not any(m == "asserted" for *_, m in found)


def test_a_state_named_before_the_plural_of_states_still_expels():
    found = _events("Syldavia and the other States expelled Ruritanian diplomats.", {})
    assert ("SV", "RR", None, "asserted") in found


@pytest.mark.parametrize("text", [
    "Ruritania declared UN Secretary-General Jan Kowal persona non grata.",
    "UN Secretary-General Jan Kowal criticised Ruritania. Ruritania declared Kowal persona non grata.",
])
def test_an_official_of_an_organisation_of_many_states_is_no_state_s_envoy(text):
    found = _events(text, {"Jan Kowal": ("PERSON", "PERSON", "FD", None), "Kowal": ("PERSON", "PERSON", "FD", None)})
    assert not any(m == "asserted" for *_, m in found)


def test_a_state_s_envoy_named_by_name_is_his_state_s():
    found = _events("Ruritania declared the Freedonian ambassador Jan Kowal persona non grata.",
                    {"Jan Kowal": ("PERSON", "PERSON", "FD", None)})
    assert ("RR", "FD", 1, "asserted") in found


@pytest.mark.parametrize("text, want", [
    ("On October 31, Freedonia and Graustark, whose diplomats were expelled from Ruritania, entered the conflict.",
     {("RR", "FD", None), ("RR", "GK", None)}),
    ("Freedonia, whose diplomats were expelled from Ruritania last year, protested.", {("RR", "FD", None)}),
])
def test_whose_people_are_those_of_the_states_the_relative_clause_is_on(text, want):
    assert asserted(text) == want


def test_whose_on_a_person_names_no_state():
    assert asserted("The ambassador, whose car was stolen, left Ruritania.") == set()


@pytest.mark.parametrize("text, want", [
    ("The government of Ruritania announced last week that 119 people attached to the Freedonian embassy in "
     "Strelsau were being asked to leave the country.", {("RR", "FD", 119)}),
    ("Ruritania expelled 12 people attached to the Freedonian embassy.", {("RR", "FD", 12)}),
])
def test_people_attached_to_a_mission_are_its_people(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text", [
    "Freedonia should be careful, but Ruritania expelled the Freedonian Ambassador.",
    "Freedonia could protest, but Ruritania expelled the Freedonian Ambassador.",
])
def test_a_conjoined_clause_with_a_subject_of_its_own_has_no_modal_of_the_first(text):
    assert asserted(text) == {("RR", "FD", 1)}


def test_a_conjoined_verb_with_no_subject_of_its_own_shares_the_should():
    assert rows("Ruritania should close the consulate and expel the Freedonian Ambassador.") == {("RR", "FD", 1, "demand")}


@pytest.mark.parametrize("text, want", [
    ("In Ruritania, the expulsion of a Freedonian official was marked by an airport brawl.", {("RR", "FD", 1)}),
    ("In Ruritania, the expulsion of two Freedonian diplomats angered Graustark.", {("RR", "FD", 2)}),
])
def test_the_state_a_sentence_opens_with_is_where_its_expulsion_took_place(text, want):
    assert asserted(text) == want


def test_an_agent_after_the_expulsion_noun_names_who_expelled():
    assert asserted("In Ruritania, the expulsion of Ruritanian diplomats from Freedonia was condemned.") == \
        {("FD", "RR", None)}
