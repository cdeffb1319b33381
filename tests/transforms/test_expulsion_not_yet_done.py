"""An expulsion told as not (yet) done by what stands on it (sentences written for these tests): an adjective
on the expulsion noun ("the possible expulsion of", "the potential expulsion of"; patterns/grammar.json
unrealised_modifiers) and a noun of necessity above the act ("The need for the government to act ... by
declaring the ambassador persona non grata", a parliament's motion; hypothetical_nouns), and an adjective of
wanting above the act ("keen on expelling", "eager to expel"; hypothetical_governors)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "The spokesman said he was waiting for news from Strelsau on the possible expulsion of Freedonian diplomats from Ruritania in retaliation.",
    "Fredville is bracing for the potential expulsion of its diplomats from Ruritania.",
    "Ministers in Strelsau discussed the threatened expulsion of the Freedonian ambassador.",
])
def test_an_expulsion_told_as_possible_is_no_expulsion_done(text):
    rows = made_up_rows(text)
    assert rows and all(m == "hypothetical" for *_, m in rows)


def test_the_need_for_a_government_to_declare_an_envoy_persona_non_grata_is_no_declaration():
    text = ("The need for the Ruritanian Government to act in response to the attacks by listing the guards as a "
            "terrorist group and declaring the current Freedonian Ambassador to Ruritania persona non grata.")
    rows = made_up_rows(text)
    assert rows and all(m != "asserted" for *_, m in rows)


def test_no_need_to_expel_is_negated():
    rows = made_up_rows("There is no need for Ruritania to expel the Freedonian ambassador.")
    assert rows == {("RR", "FD", 1, "negated")}


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled two Freedonian diplomats, citing the need to protect national security.", ("RR", "FD", 2, "asserted")),
    ("The expulsion of two Freedonian diplomats by Ruritania was announced on Monday.", ("RR", "FD", 2, "asserted")),
])
def test_an_expulsion_beside_such_words_stays_done(text, want):
    assert want in made_up_rows(text)


@pytest.mark.parametrize("text", [
    "Ruritania is keen to expel two Freedonian diplomats.",
    "The Ruritanian leader is particularly keen on expelling the Freedonian ambassador to Ruritania.",
    "Ruritania is eager to expel the Freedonian ambassador.",
    "Strelsau seemed anxious to expel two Freedonian diplomats before the summit.",
])
def test_an_expulsion_a_state_is_keen_on_is_not_done(text):
    rows = made_up_rows(text)
    assert rows and all(m == "hypothetical" for *_, m in rows)
