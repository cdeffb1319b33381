""""Making a determination of persona non grata against two diplomats" (sentences written for these tests): the
object of the verb is the act of declaring, a thing; the people are those the status is "against"."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled two Freedonian diplomats. This follows action that Ruritania took earlier today in making a "
     "determination pursuant to the Vienna Convention on Diplomatic Relations of persona non grata against two "
     "Freedonian diplomats who are working as undeclared intelligence officers.",
     {("RR", "FD", 2, "asserted")}),
    ("Ruritania took action today in making a determination of persona non grata against three Freedonian "
     "diplomats.", {("RR", "FD", 3, "asserted")}),
    ("Ruritania issued a declaration of persona non grata against four Freedonian officials.",
     {("RR", "FD", 4, "asserted")}),
])
def test_the_people_are_those_the_status_is_against(text, want):
    assert made_up_rows(text) == want


def test_people_declared_by_the_verb_stay_the_people():
    text = "Ruritania declared the Freedonian consul persona non grata against the advice of its own ministers."
    assert made_up_rows(text) == {("RR", "FD", 1, "asserted")}
