"""Spouses of a mission's people, counted and joined to counted diplomats, are ordered out with them and counted
with them ("four diplomats and two diplomatic wives were ordered out": six), so a later sentence that breaks an
expulsion down into its diplomats and their wives tells the same expulsion, no second one of the diplomats alone.
Made-up sentences about made-up states, parsed by the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows as rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


@pytest.mark.parametrize("text, expected", [
    ("Ruritania has expelled six Freedonian diplomats over a spy network. Four Freedonian diplomats and two "
     "diplomatic wives were ordered out within 48 hours.", {("RR", "FD", 6)}),
    ("Four Freedonian diplomats and two diplomatic wives were ordered out of Ruritania within 48 hours.",
     {("RR", "FD", 6)}),
    ("Ruritania expelled three Freedonian diplomats and one spouse.", {("RR", "FD", 4)}),
])
def test_counted_spouses_joined_to_counted_diplomats_are_counted(text, expected):
    assert asserted(text) == expected


@pytest.mark.parametrize("text, expected", [
    # others joined to the diplomats are not the mission's: no more of its people
    ("Ruritania expelled four Freedonian diplomats and two journalists.", {("RR", "FD", 4)}),
    # spouses with no count of their own add no number
    ("Ruritania expelled four Freedonian diplomats and their wives.", {("RR", "FD", 4)}),
])
def test_no_spouses_counted_without_a_count_of_their_own(text, expected):
    assert asserted(text) == expected
