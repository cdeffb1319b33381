"""A state that names or hands over a list of people "who must leave" orders them out: the subject of a
verb of naming or handing over (patterns/grammar.json "listing_verbs"; leave_orders.listed,
parse_words.lister), the people the relative clause is about, "its" the recipient's; made-up articles
parsed by the project's real spaCy model."""
import pytest

from tests.transforms.test_expulsion_anaphora import events


@pytest.mark.parametrize("text, want", [
    ("Ruritania named 25 Freedonian diplomats who must leave the country by Friday.", {("RR", "FD", 25)}),
    ("Ruritania handed the Freedonian ambassador a list of 25 diplomats who must leave the country.",
     {("RR", "FD", 25)}),
    # the relative clause hung on the last noun; "its" is the recipient's
    ("Ruritania gave Freedonia the names of 25 members of its mission to the United Nations who must leave the "
     "country by Oct. 1.", {("RR", "FD", 25)}),
])
def test_the_one_who_names_those_who_must_leave_expels_them(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text", [
    "Ruritania did not give Freedonia the names of the Freedonian diplomats who must leave the country.",
    "Ruritania handed Freedonia a list of 25 Freedonian journalists who must leave the country.",
    "A Strelsau newspaper published the names of 25 Freedonian diplomats who must leave the country.",
])
def test_a_list_not_given_or_not_of_diplomats_or_not_by_a_state_is_no_expulsion(text):
    assert events(text) == set()
