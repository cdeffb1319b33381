"""A host's demand that its guest leave is its order done ("Ruritania demanded that the Freedonian ambassador leave
the country"), but only when the host itself demands it: the state, its capital, its government or a minister, or
its people named by their nationality ("the Ruritanians demanded"). Protesters, lawmakers or a newspaper of the
host's nationality demand; they order no one out (grammar._host_itself). Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritanian protesters demanded that the Freedonian ambassador leave the country.",
    "Hundreds of Ruritanian students demanded that the Freedonian ambassador leave the country.",
    "Ruritanian opposition lawmakers demanded that the Freedonian ambassador leave the country.",
])
def test_a_demand_by_others_of_the_host_s_nationality_is_no_order(text):
    rows = made_up_rows(text)
    assert rows and all(r[3] == "demand" for r in rows)


@pytest.mark.parametrize("text", [
    "Ruritania demanded that the Freedonian ambassador leave the country.",
    "The Ruritanian government demanded that the Freedonian ambassador leave the country.",
    "The Ruritanian foreign ministry demanded that the Freedonian ambassador leave the country.",
    "Strelsau demanded that the Freedonian ambassador leave the country.",
])
def test_the_host_s_own_demand_is_its_order(text):
    assert made_up_rows(text) == {("RR", "FD", 1, "asserted")}
