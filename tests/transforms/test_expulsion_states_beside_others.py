"""States named beside "(N) other countries" that expel ("Ruritania and 12 other countries that expelled Syldavian
diplomats", "Ruritania, Freedonia and other nations expelled ..."): each named state's own expulsion, how many not
said, and no count for the others; "Ruritania and its allies" stays a sum (sentences written for these tests, about
made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("Ruritania and 12 other countries that expelled Syldavian diplomats met in Klow.", {("RR", "SV", None)}),
    ("Ruritania and 12 other countries expelled Syldavian diplomats.", {("RR", "SV", None)}),
    ("Ruritania, Freedonia and other nations expelled Syldavian diplomats last year.",
     {("RR", "SV", None), ("FD", "SV", None)}),
])
def test_each_named_state_beside_others_expels(text, want):
    rows = made_up_rows(text)
    assert {r[:3] for r in rows if r[3] == "asserted"} == want
    assert not [r for r in rows if r[2] is not None]


@pytest.mark.parametrize("text", [
    "Ruritania and its allies expelled Syldavian diplomats.",
    "Ruritania and 12 other countries expelled 40 Syldavian diplomats.",   # a total: no one state's count
    "Twelve countries expelled Syldavian diplomats.",
])
def test_a_sum_stays_a_sum(text):
    assert not [r for r in made_up_rows(text) if r[3] == "asserted"]
