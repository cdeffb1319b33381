"""A cut ordered in a mission named by its place ("ordered Freedonia to cut its embassy staff in Strelsau by ten"):
the number after "by" (or the difference of "from ... to ...") past the place is how many go (targets._past_place).
Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text,count", [
    ("Ruritania ordered Freedonia to cut its embassy staff in Strelsau by ten.", 10),
    ("Ruritania ordered Freedonia to cut its diplomatic staff in Strelsau by 10 people.", 10),
    ("Ruritania ordered Freedonia to cut its embassy staff in Strelsau from 40 to 25.", 15),
])
def test_the_cut_past_the_place_is_counted(text, count):
    assert made_up_rows(text) == {("RR", "FD", count, "asserted")}


@pytest.mark.parametrize("text", [
    "Ruritania ordered Freedonia to cut its embassy staff in Strelsau to 25.",
    "Ruritania ordered Freedonia to cut its embassy staff in Strelsau by half.",
])
def test_what_remains_or_a_share_is_no_count(text):
    assert made_up_rows(text) == {("RR", "FD", None, "asserted")}
