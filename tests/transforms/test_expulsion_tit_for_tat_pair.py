"""Two states that expel diplomats of no nationality "in tit-for-tat moves" ("Ruritania, Freedonia expel
diplomats in tit-for-tat moves") each expel the other's, as "each expelled a diplomat" says; with the people's
nationality named, or with no exchange told, they do not (sentences written for these tests, about made-up
states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania, Freedonia expel diplomats in tit-for-tat moves.",
    "Ruritania and Freedonia expelled diplomats in tit-for-tat moves on Monday.",
])
def test_two_states_in_a_tit_for_tat_expel_each_others_diplomats(text):
    assert made_up_rows(text) == {("RR", "FD", None, "asserted"), ("FD", "RR", None, "asserted")}


@pytest.mark.parametrize("text, want", [
    ("Ruritania and Freedonia expelled Graustarkian diplomats in tit-for-tat moves on Monday.",
     {("RR", "GK", None, "asserted"), ("FD", "GK", None, "asserted")}),
    ("Ruritania and Freedonia expelled diplomats on Monday.", set()),
])
def test_named_people_or_no_exchange_are_no_exchange(text, want):
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == want
