"""As many counts as states in a coordinated subject pair in turn ("Ruritania and Freedonia expelled 13 and 14
Syldavian diplomats respectively"): each state's own expulsion, no sum; a gapped list after it is read the
same way (sentences written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("Ruritania and Freedonia expelled 13 and 14 Syldavian diplomats respectively.",
     {("RR", "SV", 13), ("FD", "SV", 14)}),
    ("Ruritania and Freedonia expelled 13 and 14 Syldavian diplomats.", {("RR", "SV", 13), ("FD", "SV", 14)}),
    ("Ruritania, Freedonia and Graustark expelled three, four and five Syldavian diplomats respectively.",
     {("RR", "SV", 3), ("FD", "SV", 4), ("GK", "SV", 5)}),
    ("Ruritania and Freedonia expelled 13 and 14 Syldavian diplomats and Graustark four.",
     {("RR", "SV", 13), ("FD", "SV", 14), ("GK", "SV", 4)}),
])
def test_as_many_counts_as_states_pair_in_turn(text, want):
    rows = made_up_rows(text)
    assert {r[:3] for r in rows if r[3] == "asserted"} == want
    assert not [r for r in rows if r[3] == "aggregate"]   # no sum of 13 beside them


def test_a_gapped_list_after_the_pairs_is_each_states_own():
    text = "Ruritania and Freedonia expelled 13 and 14 Syldavian diplomats respectively, and Graustark two."
    assert {r[:3] for r in made_up_rows(text) if r[3] == "asserted"} == \
        {("RR", "SV", 13), ("FD", "SV", 14), ("GK", "SV", 2)}


@pytest.mark.parametrize("text", [
    "Ruritania and Freedonia expelled 13 Syldavian diplomats.",   # one number for two: a sum
    "Ruritania, Freedonia and Graustark expelled 13 and 14 Syldavian diplomats.",   # three states, two numbers
])
def test_counts_that_do_not_pair_are_no_state_s_own(text):
    assert not [r for r in made_up_rows(text) if r[3] == "asserted"]
