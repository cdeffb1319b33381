"""People placed across a region of many states ("about half the total number active in Europe", "diplomats in
Europe"), expelled with no one named who expels them, were expelled by the states there: a sum
(sums.placed_in_many_states); people in one place stay one state's act. Sentences written for these tests, about
made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows

_BEFORE = "Ruritania expelled nine Freedonian diplomats on Monday. "


@pytest.mark.parametrize("text, count", [
    ("Around 400 Freedonian intelligence officers operating under diplomatic cover — about half the total number "
     "active in Europe — have been expelled, according to officials.", 400),
    ("Around 150 Freedonian diplomats in Europe have been expelled since March.", 150),
])
def test_people_across_a_region_of_many_states_are_a_sum(text, count):
    later = {r for r in made_up_rows(_BEFORE + text) if r[2] == count}
    assert later == {(None, "FD", count, "aggregate")}


@pytest.mark.parametrize("text, count", [
    ("Some 30 Freedonian diplomats in Strelsau were expelled on Tuesday.", 30),
    ("Ruritania expelled 12 Freedonian diplomats in Europe's largest embassy on Tuesday.", 12),
])
def test_people_in_one_place_stay_one_states_act(text, count):
    later = {r for r in made_up_rows(_BEFORE + text) if r[2] == count}
    assert later == {("RR", "FD", count, "asserted")}
