"""Whose the people are, told as a list of states after "of" (sentences written for these tests): every state
of the list names the people's state, none of them expels ("Diplomats of Freedonia, Graustark and Syldavia were
expelled" made Graustark and Syldavia expel Freedonians), and "considers ... persona non grata" declares the
status as "declares" does ("Ruritania considers the ambassadors of Freedonia, Graustark and Syldavia personae
non gratae", a translated ministry's wording; patterns/grammar.json declare_verbs, triggers.jsonl DECLARE)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Diplomats of Freedonia, Graustark and Syldavia were expelled.",
    "The ambassadors of Freedonia, Graustark and Syldavia are now persona non grata in Strelsau.",
])
def test_no_state_of_a_list_of_owners_expels(text):
    rows = made_up_rows(text)
    assert not {(a, b) for a, b, _, m in rows if m == "asserted"}
    assert all(a is None for a, *_ in rows)


@pytest.mark.parametrize("text, states", [
    ("Ruritania considers the ambassadors of Freedonia, Graustark and Syldavia personae non gratae.", ("FD", "GK", "SV")),
    ("Ruritania said it considered the ambassadors of Freedonia and Graustark persona non grata.", ("FD", "GK")),
])
def test_considering_people_persona_non_grata_declares_them(text, states):
    assert made_up_rows(text) == {("RR", s, 1, "asserted") for s in states}


@pytest.mark.parametrize("text, want", [
    ("Ruritania is considering declaring the Freedonian ambassador persona non grata.", {("RR", "FD", 1, "hypothetical")}),
    ("Ruritania considered expelling the Freedonian ambassador.", {("RR", "FD", 1, "hypothetical")}),
])
def test_weighing_a_declaration_is_still_no_declaration(text, want):
    assert made_up_rows(text) == want
