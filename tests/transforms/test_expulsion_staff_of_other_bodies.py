"""Staff, employees or members of a body that is no state's mission ("the aid agency", "the relief organisation", "the
company", "a newspaper"), or people working for one, are that body's people: expelled, they are no diplomats,
whatever nationality is on them (people.of_another_body over patterns/grammar.json other_workplaces, reading also
the participle people._working_elsewhere reads: "working for"); also with the body's word on the people themselves
("Freedonian aid staff"). A mission word in the body's phrase keeps them the mission's ("the staff of their trade
mission", "10 staff members of the Freedonian delegation", "the embassy's medical staff"). Sentences written for
these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania expelled the Freedonian staff of the aid agency.",
    "Ruritania expelled four Freedonian employees of the relief organisation.",
    "Ruritania expelled three Freedonian members of the humanitarian group.",
    "Ruritania expelled five Freedonian staff working for the charity.",
    "Ruritania expelled two Freedonian employees at the company.",
    "Ruritania expelled six Freedonian staff members with the medical charity.",
    "Ruritania expelled four Freedonian staff of the Freedonian newspaper.",
    "Ruritania expelled four Freedonian aid staff.",
    "Ruritania expelled six Freedonian bank employees.",
])
def test_staff_of_a_body_that_is_no_mission_are_no_diplomats(text):
    assert made_up_rows(text) == set()


@pytest.mark.parametrize("text,row", [
    ("Ruritania expelled the staff of the Freedonian embassy.", ("RR", "FD", None, "asserted")),
    ("Ruritania expelled four employees of the Freedonian consulate.", ("RR", "FD", 4, "asserted")),
    ("Ruritania expelled the Freedonian military attache and three staff of the mission.", ("RR", "FD", 4, "asserted")),
    ("Ruritania expelled two Freedonian diplomats and the staff of their trade mission.",
     ("RR", "FD", None, "asserted")),
    ("Ruritania expelled 10 staff members of the Freedonian delegation.", ("RR", "FD", 10, "asserted")),
    ("Ruritania expelled four Freedonian staff of the embassy's aid section.", ("RR", "FD", 4, "asserted")),
    ("Ruritania expelled four Freedonian employees of the Foreign Ministry.", ("RR", "FD", 4, "asserted")),
    ("Ruritania expelled four Freedonian staff members.", ("RR", "FD", 4, "asserted")),
    ("Ruritania expelled four Freedonian embassy staff.", ("RR", "FD", 4, "asserted")),
    ("Ruritania expelled the Freedonian embassy's medical staff.", ("RR", "FD", None, "asserted")),
    ("Ruritania expelled four Freedonian officials with the aid of the police.", ("RR", "FD", 4, "asserted")),
])
def test_staff_of_a_mission_still_are(text, row):
    assert made_up_rows(text) == {row}
