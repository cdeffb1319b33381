"""Heads of mission of several states, with and without other people joined to them (sentences written for these
tests): "the ambassadors of A and B" are one each; "the ambassadors and diplomats of A, B and C" are an untold
number each, not one."""
from tests.expulsions_helpers import made_up_rows


def test_the_heads_of_mission_of_several_states_are_one_each():
    rows = made_up_rows("Ruritania expelled the ambassadors of Freedonia and Graustark.")
    assert {r for r in rows if r[3] == "asserted"} == {("RR", "FD", 1, "asserted"), ("RR", "GK", 1, "asserted")}


def test_heads_of_mission_joined_to_other_diplomats_are_not_counted():
    rows = made_up_rows("Ruritania expelled the ambassadors and diplomats of Freedonia, Graustark and Syldavia.")
    assert {r for r in rows if r[3] == "asserted"} == \
        {("RR", "FD", None, "asserted"), ("RR", "GK", None, "asserted"), ("RR", "SV", None, "asserted")}
