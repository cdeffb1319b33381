""""Ruritania expelled the Freedonian ambassador, while Norway and Sweden followed later in the month": a bare
"followed", with no object, in a clause joined to an expulsion of the same sentence, is "followed suit"; "talks
followed", "followed the talks closely" and "followed a similar path" are not. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows

FIRST = {("RR", "FD", 1, "asserted")}


@pytest.mark.parametrize("text, followers", [
    ("Ruritania expelled the Freedonian ambassador, while Graustark and Syldavia followed later in the month.",
     {"GK", "SV"}),
    ("Ruritania expelled the Freedonian ambassador, and Graustark followed on Monday.", {"GK"}),
])
def test_a_bare_followed_joined_to_an_expulsion_follows_it(text, followers):
    rows = made_up_rows(text)
    assert FIRST <= rows and {r[0] for r in rows if r[1] == "FD" and r[3] == "asserted"} - {"RR"} == followers


@pytest.mark.parametrize("text", [
    "Ruritania expelled the Freedonian ambassador, and talks followed.",
    "Ruritania expelled the Freedonian ambassador and Graustark followed the talks closely.",
    "Ruritania expelled the Freedonian ambassador after Graustark followed a similar path.",
])
def test_followed_with_an_object_or_no_state_follows_nothing(text):
    assert made_up_rows(text) == FIRST
