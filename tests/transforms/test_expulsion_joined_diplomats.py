"""Diplomats joined to people of another kind with nothing of their own ("all Soviet technicians and diplomats",
"Soviet journalists and diplomats"): what is said of the one is said of the other, so the expulsion is of
diplomats, of the nationality before both (sentences written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania ordered all Freedonian technicians and diplomats to leave the country.",
    "Ruritania expelled Freedonian journalists and diplomats on Monday.",
])
def test_diplomats_joined_to_other_people_make_it_a_diplomatic_expulsion(text):
    assert {r for r in made_up_rows(text, "1966-02-01") if r[3] == "asserted"} == {("RR", "FD", None, "asserted")}


@pytest.mark.parametrize("text", [
    "Ruritania ordered all Freedonian technicians and engineers to leave the country.",
    "Ruritania expelled Freedonian journalists and students on Monday.",
])
def test_people_of_other_kinds_alone_are_no_diplomatic_expulsion(text):
    assert not [r for r in made_up_rows(text, "1966-02-01") if r[3] == "asserted"]
