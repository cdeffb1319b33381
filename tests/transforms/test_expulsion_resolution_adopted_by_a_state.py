"""A state (or its government) that adopts a resolution to expel takes the decision itself: "Freedonia adopted a
resolution to expel three Ruritanian diplomats" is Freedonia's act, told as the adopting is told (talk.adopting_verb,
grammar._modality); a parliament's resolution, one only tabled or debated, one "on" an expulsion, or one adopted on
a condition stays no act done. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text,count", [
    ("Freedonia adopted a resolution to expel three Ruritanian diplomats on Tuesday.", 3),
    ("The Freedonian government adopted a resolution to expel the Ruritanian ambassador.", 1),
    ("Freedonia approved a resolution to expel two Ruritanian diplomats after the spy scandal.", 2),
])
def test_a_resolution_a_state_adopts_is_its_act(text, count):
    assert made_up_rows(text) == {("FD", "RR", count, "asserted")}


@pytest.mark.parametrize("text", [
    "Freedonia will adopt a resolution to expel three Ruritanian diplomats if the spying goes on.",
    "Freedonia may adopt a resolution to expel three Ruritanian diplomats.",
])
def test_a_resolution_still_to_be_adopted_is_no_act(text):
    assert made_up_rows(text) == {("FD", "RR", 3, "hypothetical")}


def test_a_resolution_not_adopted_is_denied():
    text = "Freedonia did not adopt a resolution to expel three Ruritanian diplomats."
    assert made_up_rows(text) == {("FD", "RR", 3, "negated")}


@pytest.mark.parametrize("text", [
    "The Freedonian parliament adopted a resolution to expel the Ruritanian ambassador.",
    "The Freedonian parliament debated a resolution to expel the Ruritanian ambassador.",
    "Freedonia passed a resolution on the expulsion of three Ruritanian diplomats on Monday.",
])
def test_a_body_s_resolution_or_one_about_an_expulsion_stays_a_text(text):
    rows = made_up_rows(text)
    assert rows and all(r[3] == "hypothetical" for r in rows)
    assert all(r[0] is None for r in rows)
