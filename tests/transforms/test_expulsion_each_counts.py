"""Counts told "each" after a list of states, and people gathered by a vague quantity (sentences written for these
tests): "Freedonia, Graustark and Syldavia expelled four each" (the parser's object is "each"), "..., followed by
Graustark with 13 and Freedonia and Syldavia with four each", and "expelled scores of Ruritanian diplomats" (a
quantity, no headcount, the people the "of" names), so that "Freedonia expelled four" after it are more of them."""
import pytest

from tests.expulsions_helpers import made_up_rows

EARLIER = "Western countries expelled scores of Ruritanian diplomats this week. "


@pytest.mark.parametrize("text, want", [
    (EARLIER + "Freedonia, Graustark and Syldavia expelled four each.",
     {("FD", "RR", 4, "asserted"), ("GK", "RR", 4, "asserted"), ("SV", "RR", 4, "asserted")}),
    (EARLIER + "Freedonia expelled 60, followed by Graustark with 13 and Syldavia with four.",
     {("FD", "RR", 60, "asserted"), ("GK", "RR", 13, "asserted"), ("SV", "RR", 4, "asserted")}),
    ("Freedonia expelled 60 Ruritanian diplomats, followed by Graustark and Syldavia with four each.",
     {("FD", "RR", 60, "asserted"), ("GK", "RR", 4, "asserted"), ("SV", "RR", 4, "asserted")}),
    ("Western countries expelled dozens of Ruritanian diplomats this week. Freedonia expelled four.",
     {("FD", "RR", 4, "asserted")}),
])
def test_counts_told_each_and_after_a_vague_quantity(text, want):
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == want


def test_four_each_of_nothing_named_is_no_expulsion():
    rows = made_up_rows("Freedonia, Graustark and Syldavia won four medals each.")
    assert not any(r[3] == "asserted" for r in rows)
