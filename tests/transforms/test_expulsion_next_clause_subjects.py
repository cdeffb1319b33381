"""The subject of the next clause, which the parser joins to the agent of a passive expulsion ("Two Freedonian
diplomats were expelled by Ruritania and the Syldavian ambassador was summoned by Graustark": "ambassador" a
conjunct of "Ruritania"), is no co-actor (expellers._next_clause_subject), and when its own verb expels, it is that
verb's people (passive_subjects.joined_subject). Made-up sentences about made-up states, parsed by the project's
real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("Two Freedonian diplomats were expelled by Ruritania and the Syldavian ambassador was summoned by Graustark.",
     {("RR", "FD", 2, "asserted")}),
    ("Three Syldavian envoys were expelled by Graustark and the Ruritanian consul was called in by Freedonia.",
     {("GK", "SV", 3, "asserted")}),
    ("Two Freedonian diplomats were expelled by Ruritania and Graustark has summoned the Syldavian ambassador.",
     {("RR", "FD", 2, "asserted")}),
    ("Four Freedonian diplomats were expelled by Ruritania and the Syldavian ambassador was expelled by Graustark.",
     {("RR", "FD", 4, "asserted"), ("GK", "SV", 1, "asserted")}),
])
def test_the_next_clauses_subject_is_no_co_actor(text, want):
    """Before: one total of two (three, four) expelled by no one state, an aggregate (and, for the last, GK->FD 4)."""
    assert made_up_rows(text) == want


@pytest.mark.parametrize("text", [
    "Two Freedonian diplomats were expelled by Ruritania and Graustark.",
    "Ruritania and Graustark expelled two Freedonian diplomats.",
])
def test_states_joined_as_one_agent_stay_a_sum(text):
    assert made_up_rows(text) == {(None, "FD", 2, "aggregate")}
