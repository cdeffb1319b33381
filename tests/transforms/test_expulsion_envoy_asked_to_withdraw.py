"""An envoy asked, by no one named, to withdraw some of his staff ("My Lords, the Freedonian Ambassador has been asked to
withdraw two members of his staff within seven days") is asked by the state he serves in: in a debate that says
whose parliament it is, that state (as "was told that three of his staff must leave" already is). A state named
as asker or as where he serves still wins; his remarks withdrawn are no expulsion; with no state of the text, no
one. Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {r[:3] for r in made_up_rows(text, "1980-05-01", r"[^.?]+[.?]") if r[3] == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("My Lords, the Freedonian Ambassador has been asked to withdraw two members of his staff within seven days.",
     {("GB", "FD", 2)}),
    ("My Lords, the Secretary of State informed the House that the Freedonian Ambassador had been asked to withdraw "
     "two members of his staff within seven days.", {("GB", "FD", 2)}),
])
def test_an_envoy_asked_by_no_one_named_is_asked_by_the_state_he_serves_in(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text, want", [
    ("My Lords, the Freedonian Ambassador has been asked by Syldavia to withdraw two members of his staff.",
     {("SV", "FD", 2)}),
    ("The Freedonian Ambassador to Syldavia has been asked to withdraw two members of his staff.", {("SV", "FD", 2)}),
    ("My Lords, the Freedonian Ambassador has been asked to withdraw his remarks.", set()),
    ("The Freedonian Ambassador has been asked to withdraw two members of his staff.", set()),
])
def test_a_named_asker_or_host_wins_and_remarks_or_no_home_give_no_other(text, want):
    assert asserted(text) == want
