"""The league table of a wave of expulsions: "followed by France with 35", "with Germany leading with 40 and
France with 35", "Germany led the way with 40 Russian diplomats expelled". Each state with its own number is
its own expulsion of the people told before; a sum over several states stays a sum (sentences written for
these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {r[:3] for r in made_up_rows(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled 40 Freedonian diplomats, followed by Graustark with 35 and Syldavia with three.",
     {("RR", "FD", 40), ("GK", "FD", 35), ("SV", "FD", 3)}),
    ("Ruritania topped the list with 40 Freedonian diplomats expelled, followed by Graustark with 35.",
     {("RR", "FD", 40), ("GK", "FD", 35)}),
    ("Several countries expelled Freedonian diplomats on Tuesday, with Ruritania leading with 40 and Graustark "
     "with 35.", {("RR", "FD", 40), ("GK", "FD", 35)}),
])
def test_each_state_with_its_own_number_expels_the_people_told_before(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text", [
    "Ruritania led the talks with 35 delegates on Tuesday.",
    "Several countries will expel Freedonian diplomats, with Ruritania leading with 40 and Graustark with 35.",
    "Ruritania led the way with 40 Freedonian students expelled, followed by Graustark with 35.",
])
def test_no_expulsion_told_before_or_none_done_gives_no_league_table(text):
    assert asserted(text) == set()
