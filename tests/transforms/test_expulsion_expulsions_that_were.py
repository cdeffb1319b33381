"""An expulsion noun whose complement after "be" is people with an agent of their own ("The second and third
largest expulsions were 23 diplomats by Graustark and 13 by Syldavia"): that state's expulsion of those people,
and a bare number with an agent after them another state's of as many of the same people (sentences written for
these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled 60 Freedonian diplomats in March. The second and third largest expulsions were 23 "
     "diplomats by Graustark and 13 by Syldavia.", {("RR", "FD", 60), ("GK", "FD", 23), ("SV", "FD", 13)}),
    ("The second and third largest expulsions were 23 Freedonian diplomats by Graustark and 13 by Syldavia.",
     {("GK", "FD", 23), ("SV", "FD", 13)}),
    ("The largest expulsion was 23 Freedonian diplomats by Graustark.", {("GK", "FD", 23)}),
])
def test_the_people_an_expulsion_was(text, want):
    assert {r[:3] for r in made_up_rows(text) if r[3] == "asserted"} == want


@pytest.mark.parametrize("text", [
    "The largest expulsion was the work of 23 Freedonian agents.",
    "The expulsion was a blow to Freedonian diplomats by Graustark standards.",
])
def test_no_people_with_an_agent_no_expulsion(text):
    assert not [r for r in made_up_rows(text) if r[3] == "asserted"]
