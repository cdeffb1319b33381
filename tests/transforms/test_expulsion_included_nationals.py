""""Russia announced the expulsion of more than 150 diplomats, including 60 Americans": the counted people of one
state after "including" inside a group of many are that state's own expulsion by the same actor, with their own
count; the group of many is a sum, no one state's. A share that names the expelling state ("including 40 from
Ruritania"), people with no state and people who are no diplomats ("three British journalists") stay as they were. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("Ruritania on Thursday announced the expulsion of more than 150 diplomats, including 60 Freedonian diplomats, in response "
     "to the expulsions of its own diplomats.", {("RR", "FD", 60)}),
    ("Ruritania expelled more than 150 diplomats, including 60 Freedonian envoys.", {("RR", "FD", 60)}),
    ("Ruritania expelled 150 diplomats from 23 countries, including 60 Freedonian diplomats and 23 Graustarkian officials.",
     {("RR", "FD", 60), ("RR", "GK", 23)}),
])
def test_the_counted_nationals_of_a_group_are_their_state_s_expulsion(text, want):
    assert {r[:3] for r in made_up_rows(text) if r[3] == "asserted"} == want


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled 60 Freedonian diplomats, including 12 Freedonian staff from the consulate in Strelsau.",
     {("RR", "FD", 60)}),
    ("Ruritania responded in kind, ousting 11 people including three Freedonian journalists.", set()),
    ("More than 400 Freedonian diplomats have been expelled from European countries, including 40 from Ruritania.",
     {("RR", "FD", 40)}),
])
def test_other_includings_stay_as_they_were(text, want):
    assert {r[:3] for r in made_up_rows(text) if r[3] == "asserted"} == want
