""""N more" expelled are more of the people the same state expelled before ("Ruritania expelled 20 Freedonian
diplomats. Freedonia retaliated by expelling five Ruritanian diplomats. Ruritania then expelled 15 more": 15 more
Freedonians, not Ruritania's own), also when the parser makes "more" the object with its number on it (sentences
written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled 20 Freedonian diplomats. Freedonia retaliated by expelling five Ruritanian diplomats. "
     "Ruritania then expelled 15 more.", {("RR", "FD", 20), ("FD", "RR", 5), ("RR", "FD", 15)}),
    ("Ruritania expelled 20 Freedonian diplomats in May. It expelled 15 more in June.", {("RR", "FD", 20), ("RR", "FD", 15)}),
    ("Ruritania expelled 20 Freedonian diplomats. Graustark then expelled 5 more.", {("RR", "FD", 20), ("GK", "FD", 5)}),
])
def test_more_people_are_of_the_same_state_s_earlier_expulsion(text, want):
    assert {r[:3] for r in made_up_rows(text) if r[3] == "asserted"} == want
