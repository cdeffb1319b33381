"""A decision said to be the same as the expulsion told, taken with diplomats named after "with", "to" or "towards"
("In response, Syldavia took the same decision with the Ruritanian ambassador"), expels them as the expulsion it is
like did (patterns/grammar.json likeness_heads; triggers_parse.against); a decision alone, or about anything but
diplomats, is none. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled two Syldavian diplomats. Syldavia took the same decision with two Ruritanian diplomats.",
     ("SV", "RR", 2)),
    ("Ruritania expelled the Syldavian ambassador. In response, the Syldavian authorities took the same decision "
     "with the Ruritanian Ambassador in Strelsau, Mr Black.", ("SV", "RR", 1)),
])
def test_the_same_decision_taken_with_diplomats_expels_them(text, want):
    assert want in asserted(text)


@pytest.mark.parametrize("text", [
    "Ruritania expelled two Syldavian diplomats. Syldavia took the same decision.",
    "Ruritania expelled two Syldavian diplomats. Syldavia took the same decision with regard to trade.",
    "Ruritania expelled two Syldavian diplomats. Syldavia said it would take the same decision with two Ruritanian "
    "diplomats.",
])
def test_a_decision_alone_or_about_anything_else_or_only_intended_expels_no_one_more(text):
    assert asserted(text) == {("RR", "SV", 2)}
