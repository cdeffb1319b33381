"""Shapes of machine-translated and ministry prose: people named by the mission they work at ("twelve agents
working at the Embassy of Freedonia"), "them" after a clause whose subject is the one who orders, a host that
"invites" an envoy to leave its territory, and "him" after a passive verb of telling ("was notified the
decision ... which invites him to leave"). Made-up states, parsed by the real spaCy model."""
import pytest

from tests.transforms.test_expulsion_anaphora import events


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled twelve employees working at the Embassy of Freedonia.", {("RR", "FD", 12)}),
    ("Ruritania expelled three officials serving at the Freedonian consulate.", {("RR", "FD", 3)}),
    # the parser makes the agents the subject of "working": still the mission's people, still its state's
    ("Ruritania has decided to consider twelve agents working at the Embassy of Freedonia and its consular "
     "representations in Ruritania as persona non grata and ordered them to leave the national territory within "
     "48 hours.", {("RR", "FD", 12)}),
    # working anywhere else makes no one a diplomat
    ("Ruritania expelled twelve employees working at a Freedonian bank.", set()),
])
def test_people_working_at_a_mission_are_its_states(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text, want", [
    ("The Ruritanian government invited the Freedonian ambassador to leave the country within 72 hours.",
     {("RR", "FD", 1)}),
    ("The Freedonian ambassador was invited by Ruritania to leave the national territory.", {("RR", "FD", 1)}),
    # an invitation to leave something behind sends no one away
    ("Ruritania invited the Freedonian ambassador to leave a message in the book of condolences.", set()),
])
def test_a_host_that_invites_an_envoy_to_leave_expels_him(text, want):
    assert events(text) == want


def test_him_after_a_passive_verb_of_telling_is_its_subject_not_what_he_was_told():
    text = ("The Ambassador of Freedonia was summoned by the Minister of Foreign Affairs, and was notified the "
            "decision of the Government of Ruritania which invites him to leave the national territory within 72 "
            "hours.")
    assert events(text) == {("RR", "FD", 1)}


@pytest.mark.parametrize("text, want", [
    # "the Embassy" of a note handed to an envoy is his; he is named by his title "of" his state
    ("STRELSAU - The Ambassador of Freedonia was summoned on Monday. He was told that one employee of the Embassy "
     "had been declared persona non grata.", {("RR", "FD", 1)}),
    ("STRELSAU - The Freedonian ambassador was summoned and handed a note informing him that one employee of the "
     "Embassy had been declared persona non grata.", {("RR", "FD", 1)}),
    # "the territory of" a state is that state left
    ("The Freedonian diplomat was ordered to leave the territory of the Republic of Ruritania within five days.",
     {("RR", "FD", 1)}),
])
def test_a_ministry_note_on_an_employee_of_the_embassy(text, want):
    assert events(text) == want
