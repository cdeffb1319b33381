"""An expulsion told as an exchange between two states (sentences written for these tests): "tit-for-tat
expulsions of four diplomats on each side between A and B", "the mutual expulsion of diplomats between A and
B", "A and B exchanged expulsions of diplomats". Each state expelled the other's people. "Between" without a
word of exchange says only where a row was, and people whose state is named are no exchange."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("Relations soured in 2011, with tit-for-tat expulsions of four diplomats on each side between Ruritania "
     "and Freedonia.", {("RR", "FD", 4, "asserted"), ("FD", "RR", 4, "asserted")}),
    ("The 2011 mutual expulsion of diplomats between Ruritania and Freedonia strained ties further.",
     {("RR", "FD", None, "asserted"), ("FD", "RR", None, "asserted")}),
    ("Ruritania and Freedonia exchanged expulsions of diplomats in 2011.",
     {("RR", "FD", None, "asserted"), ("FD", "RR", None, "asserted")}),
    ("In 2011 Ruritania and Freedonia traded expulsions of two diplomats.",
     {("RR", "FD", 2, "asserted"), ("FD", "RR", 2, "asserted")}),
])
def test_an_exchange_between_two_states_is_an_expulsion_each_way(text, want):
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == want


@pytest.mark.parametrize("text", [
    "Talks between Ruritania and Freedonia stalled after the expulsion of two diplomats in 2011.",
    "The row between Ruritania and Freedonia over the expulsion of diplomats in 2011 dragged on.",
])
def test_between_without_a_word_of_exchange_names_no_sides(text):
    rows = made_up_rows(text)
    assert ("RR", "FD", 2, "asserted") not in rows and ("FD", "RR", 2, "asserted") not in rows
    assert ("RR", "FD", None, "asserted") not in rows and ("FD", "RR", None, "asserted") not in rows


def test_an_exchange_whose_people_are_named_is_one_way():
    rows = made_up_rows("In a tit-for-tat move in 2011, Ruritania expelled two Freedonian diplomats, "
                        "the latest expulsion between Ruritania and Freedonia.")
    assert ("RR", "FD", 2, "asserted") in rows and not any(r[0] == "FD" and r[3] == "asserted" for r in rows)


def test_a_hypothetical_exchange_stays_hypothetical():
    rows = made_up_rows("Analysts said tit-for-tat expulsions between Ruritania and Freedonia could follow.")
    assert not any(r[3] == "asserted" for r in rows)
