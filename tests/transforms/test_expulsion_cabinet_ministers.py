"""A government's minister is no diplomat (people.cabinet_minister): declaring "the Freedonian foreign minister"
persona non grata, or expelling "Graustark's defence minister", is no expulsion of diplomats. A minister who
declares ("The Ruritanian foreign minister declared two Freedonian diplomats personae non gratae") is the one who
acts, never the one declared; a bare "minister", or one of an embassy, is still a diplomat. Made-up sentences about
made-up states, parsed by the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {r[:3] for r in made_up_rows(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text", [
    "Ruritania declared the Freedonian foreign minister persona non grata.",
    "Syldavia declared Graustark's defence minister persona non grata on Friday.",
    "Graustark declared the Syldavian minister of foreign affairs persona non grata.",
    "Ruritania declared the Freedonian deputy foreign minister persona non grata.",
    "Ruritania declared the Freedonian prime minister persona non grata.",
    "Ruritania expelled the Freedonian interior minister.",
])
def test_a_government_minister_is_no_diplomat(text):
    assert asserted(text) == set()   # (before: one Freedonian diplomat expelled)


@pytest.mark.parametrize("text, want", [
    ("The Ruritanian foreign minister declared two Freedonian diplomats personae non gratae.", {("RR", "FD", 2)}),
    ("Syldavia's defence minister declared a Graustarkian attache persona non grata.", {("SV", "GK", 1)}),
    ("Syldavia expelled the Graustarkian ambassador and declared the Graustarkian foreign minister persona non grata.",
     {("SV", "GK", 1)}),
    ("The two Ruritanian diplomats declared persona non grata by Freedonia left on Friday.", {("FD", "RR", 2)}),
])
def test_a_minister_who_declares_acts(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text", [
    "Ruritania declared the Freedonian minister-counsellor persona non grata.",
    "Ruritania declared the Freedonian minister at the embassy in Strelsau persona non grata.",
    "Ruritania declared the Freedonian minister persona non grata.",
])
def test_a_minister_of_a_mission_is_a_diplomat(text):
    assert asserted(text) == {("RR", "FD", 1)}
