"""A sum of a wave of expulsions with the shares of some states after "including" ("More than 400 Freedonian
diplomats have been expelled from European countries, including 40 from Ruritania and 35 from Graustark"): the
sum stays a sum, and each share is that state's own expulsion (sentences written for these tests, about made-up
states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("More than 400 Freedonian diplomats have been expelled from European countries, including 40 from Ruritania "
     "and 35 from Graustark.", {("RR", "FD", 40), ("GK", "FD", 35)}),
    ("European countries have expelled more than 400 Freedonian diplomats, including 40 by Ruritania and 35 by "
     "Graustark.", {("RR", "FD", 40), ("GK", "FD", 35)}),
])
def test_each_share_after_including_is_its_states_own(text, want):
    rows = made_up_rows(text)
    assert {r[:3] for r in rows if r[3] == "asserted"} == want
    assert {r[2] for r in rows if r[3] == "aggregate"} == {400}   # the sum stays, as a sum


@pytest.mark.parametrize("text", [
    "More than 400 Freedonian diplomats have been expelled from European countries, including 40 from the capital.",
    "European countries have expelled more than 400 Freedonian diplomats, including 40 military attaches.",
])
def test_a_share_with_no_state_of_its_own_is_no_states_expulsion(text):
    assert not [r for r in made_up_rows(text) if r[3] == "asserted"]


@pytest.mark.parametrize("text, want", [
    ("More than 150 Freedonian diplomats were expelled by 28 countries, including 60 from Ruritania, 23 from "
     "Graustark and 4 from Syldavia.", {("RR", "FD", 60), ("GK", "FD", 23), ("SV", "FD", 4)}),
    ("More than 400 Freedonian diplomats have been expelled from European countries, including 40 from Ruritania, "
     "35 from Graustark and 30 from Syldavia.", {("RR", "FD", 40), ("GK", "FD", 35), ("SV", "FD", 30)}),
])
def test_a_longer_list_of_shares_is_read_whole_in_word_order(text, want):
    # the parser hangs the later shares anywhere in the sentence: as an apposition or a conjunct of the states
    assert {r[:3] for r in made_up_rows(text) if r[3] == "asserted"} == want


def test_a_list_with_a_share_of_no_state_gives_only_the_shares_the_tree_reads():
    text = ("More than 400 Freedonian diplomats have been expelled from European countries, including 40 from "
            "Ruritania, 35 from the capital and 30 from Syldavia.")
    assert ("GK", "FD", 35) not in {r[:3] for r in made_up_rows(text)}
