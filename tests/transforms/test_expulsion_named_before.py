"""The people expelled named only in the sentence before, by shapes a pronoun rule did not read (sentences
written for these tests): "both of them" and "all three of them" (all of the people, not some of them as
in "four of them"), "the five" and "all three" (a number with "the" or "all" points back, it is not a bare
count of the previous expulsion's people), and a "to leave" the parser hangs on the object or on the time
("asked the three to leave", "gave them until the end of the month to leave"). "N of them" after diplomats of one
nationality named earlier in the same sentence are those people. A mission (or an envoy) "in <capital>" told
that members of its staff must leave: its host expels them."""
import pytest

from tests.expulsions_helpers import made_up_rows

BEFORE = "Three Freedonian diplomats were seen photographing a military base, the police said. "


@pytest.mark.parametrize("act", [
    "Ruritania has now expelled all three of them.",
    "Ruritania ordered the three out of the country on Wednesday.",
    "Ruritania has asked the three to leave.",
    "Ruritania has asked the three to go.",
    "Ruritania gave all three until the end of the month to leave.",
    "Ruritania gave them until the end of the month to leave.",
])
def test_the_people_of_the_sentence_before_are_the_ones_expelled(act):
    assert made_up_rows(BEFORE + act) == {("RR", "FD", 3, "asserted")}


def test_both_of_them_are_the_two_named_before():
    text = "Two Freedonian embassy employees were caught photographing protesters. Ruritania expelled both of them."
    assert made_up_rows(text) == {("RR", "FD", 2, "asserted")}


def test_it_is_the_state_that_told_of_them():
    text = "Ruritania said it had evidence that three Freedonian diplomats had recruited agents. " \
           "It gave all three until the end of the month to leave."
    assert made_up_rows(text) == {("RR", "FD", 3, "asserted")}


@pytest.mark.parametrize("act", [
    "Ruritania asked the three for an explanation.",
])
def test_no_leaving_is_no_expulsion(act):
    assert {r for r in made_up_rows(BEFORE + act) if r[3] == "asserted"} == set()


def test_some_of_them_are_still_a_partitive():
    text = "Freedonia expelled five Ruritanian diplomats. Ruritania expelled four of them."
    assert ("RR", "FD", 4, "asserted") not in made_up_rows(text)


@pytest.mark.parametrize("text, want", [
    ("Ruritania is considering expelling more Freedonian diplomats, a day after Strelsau ordered 30 of them to leave.",
     ("RR", "FD", 30, "asserted")),
    ("Ruritania accused three Freedonian diplomats of spying and expelled two of them.", ("RR", "FD", 2, "asserted")),
])
def test_n_of_them_after_people_named_earlier_in_the_sentence_are_those_people(text, want):
    assert want in made_up_rows(text)


def test_n_of_them_after_people_of_two_nationalities_is_no_ones():
    text = "Ruritania summoned three Freedonian and Graustarkian diplomats and expelled two of them."
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == set()


@pytest.mark.parametrize("text", [
    "The Freedonian embassy in Strelsau has been told that two further members of its staff must leave.",
    "The Freedonian ambassador in Strelsau was told that two members of his staff must leave.",
])
def test_a_mission_told_that_its_staff_must_leave_is_expelled_by_its_host(text):
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == {("RR", "FD", 2, "asserted")}


def test_a_mission_told_that_its_staff_must_attend_is_no_expulsion():
    text = "The Freedonian embassy in Strelsau has been told that two members of its staff must attend the hearing."
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == set()
