"""People of a mission that stands nowhere named, asked or ordered to leave by no one named ("My Lords, two members
of the Freedonian Embassy have been asked to leave", a minister's answer in the Lords) are asked out by the state
the text stands in (places._mission_asked_out: `here`, then the story's home state); and the form of address the
parser takes for a subject ("My Lords,", with the speaker's heading before it) is not the people
(passive_subjects._address). A mission in a named place, a place of their own to leave ("the meeting") or a state
that asks keep their readings. Sentences written for these tests, about made-up states in a Lords answer."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Lord Smith: My Lords, two members of the Freedonian Embassy have been asked to leave.",
    "Lord Smith: My Lords, two Freedonian embassy officials have been asked to leave.",
])
def test_a_mission_asked_out_by_no_one_named_is_the_speakers_state(text):
    assert made_up_rows(text) == {("GB", "FD", 2, "asserted")}


@pytest.mark.parametrize("text, rows", [
    ("Lord Smith: My Lords, two members of the Freedonian Embassy in Strelsau have been asked to leave.",
     {("RR", "FD", 2, "asserted")}),
    ("Lord Smith: My Lords, two members of the Freedonian Embassy have been asked by Ruritania to leave.",
     {("RR", "FD", 2, "asserted")}),
    ("My Lords, two members of the Freedonian Embassy have been asked to leave the country.",
     {("GB", "FD", 2, "asserted")}),
])
def test_a_named_place_or_asker_keeps_its_reading(text, rows):
    assert made_up_rows(text) == rows


def test_asked_to_leave_a_meeting_is_no_expulsion():
    text = "Lord Smith: My Lords, two members of the Freedonian Embassy have been asked to leave the meeting."
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == set()
