"""A translation's word order tells the expulsion first ("about the expulsion of ..."), then a verb of telling with
no subject before it, then the states that told it: "Also about the expulsion of Freedonian diplomats declared
Ruritania (the ambassador), Graustark and Syldavia" — each of those states expelled (sentences written for these
tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("Also about the expulsion of Freedonian diplomats declared Ruritania (the ambassador), Graustark and Syldavia.",
     {("RR", "FD"), ("GK", "FD"), ("SV", "FD")}),
    ("Earlier on expulsion of the Freedonian diplomats informed Ruritania and Graustark.", {("RR", "FD"), ("GK", "FD")}),
    ("Already about the expulsion of Freedonian diplomats said Ruritania, the Graustark and Syldavia.",
     {("RR", "FD"), ("GK", "FD"), ("SV", "FD")}),   # the parser makes the first state the subject of "said"
])
def test_the_states_after_an_inverted_verb_of_telling_expel(text, want):
    assert {r[:2] for r in made_up_rows(text) if r[3] == "asserted"} == want


@pytest.mark.parametrize("text", [
    "The debate about the expulsion of Freedonian diplomats informed Ruritania's decision.",
    "Reports about the expulsion of Freedonian diplomats said Ruritania and Graustark were angry.",
])
def test_a_verb_with_its_own_subject_is_no_inverted_telling(text):
    assert not [r for r in made_up_rows(text) if r[3] == "asserted"]
