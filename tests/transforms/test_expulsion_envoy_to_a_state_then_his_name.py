"""A title "ambassador to <state>" followed by the envoy's name ("The Freedonian Ambassador to Ruritania Ivan Petrov
was expelled"): the parser takes the state for the first word of the name, so "to" seemed to name no state. That state
is where the envoy serves, the one that expels him when no one else is named (whose_people._place_before_name). A
title with no state, or a state that is not the first word after "to", names no host. Sentences written for these
tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "The Freedonian Ambassador to Ruritania Ivan Petrov was expelled on Monday.",
    "Critics condemned the expulsion of the Freedonian Ambassador to Ruritania Ivan Petrov.",
    "The Freedonian charge d'affaires to Ruritania John Smith was declared persona non grata on Friday.",
])
def test_the_state_before_the_envoys_name_is_where_he_serves(text):
    assert made_up_rows(text) == {("RR", "FD", 1, "asserted")}


def test_the_title_without_a_name_still_names_the_host():
    assert made_up_rows("The Freedonian Ambassador to Ruritania was expelled on Monday.") == \
        {("RR", "FD", 1, "asserted")}


def test_a_name_with_no_state_names_no_host():
    assert ("RR", "FD", 1, "asserted") not in made_up_rows("The Freedonian Ambassador Ivan Petrov was expelled on Monday.")


def test_the_state_that_expels_named_in_the_sentence_still_expels():
    assert made_up_rows("The Freedonian Ambassador to Graustark Ivan Petrov said Ruritania had expelled two Freedonian "
                        "diplomats.") == {("RR", "FD", 2, "asserted")}
