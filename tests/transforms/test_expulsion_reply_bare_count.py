""""The Prime Minister was asked whether any Freedonian diplomats had been expelled. She replied that three had
been asked to leave since January": a bare number asked to leave is that many of the people told of before, and
one who replies speaks as one who says does. Sentences written for these tests, parsed by the real model."""
import pytest

from tests.expulsions_helpers import grammar_readings, made_up_rows

NAMES = {"Ruritania": ("RR", "state")}


@pytest.mark.parametrize("verb", ["replied", "said"])
def test_a_bare_number_asked_to_leave_is_of_the_people_before_and_the_speaker_acts(nlp, verb):
    assert grammar_readings(nlp, f"Ruritania {verb} that three had been asked to leave since January.", NAMES) == \
        [("RR", "@the:~", 3, "asserted")]


def test_the_people_come_from_the_question_before():
    text = "Ruritania was asked whether any Freedonian diplomats had been expelled this year. " \
           "Ruritania replied that three had been asked to leave since January."
    assert ("RR", "FD", 3, "asserted") in made_up_rows(text)


def test_a_bare_number_after_people_who_are_no_diplomats_is_no_expulsion():
    text = "Three Freedonian journalists were detained in Strelsau. Two had been asked to leave."
    assert not {r for r in made_up_rows(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("Ruritania became the latest country to expel Freedonian diplomats, ordering two to leave.", {("RR", "FD", 2)}),
    ("Ruritania expelled 20 Freedonian diplomats on Monday and on Friday told five to leave.",
     {("RR", "FD", 20), ("RR", "FD", 5)}),
])
def test_a_bare_number_ordered_to_leave_is_more_of_the_people_expelled(text, want):
    assert {r[:3] for r in made_up_rows(text) if r[3] == "asserted"} == want
