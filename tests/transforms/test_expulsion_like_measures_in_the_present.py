"""A chronology told in the present ("June 1988: Ruritania expels 19 Freedonian diplomats. Freedonia takes similar
measures against 13 Ruritanian diplomats."): a measure like the expulsion just told, taken in the present against
people it counts, is one more expulsion, as "took similar measures" is (triggers_parse._like_done). A habit
("usually takes"), one to come ("will take") and an uncounted general answer ("When Ruritania expels diplomats,
Freedonia takes similar measures against Ruritanian diplomats") are not. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("- June 1988: Ruritania expels 19 Freedonian diplomats. Freedonia takes similar measures against 13 Ruritanian "
     "diplomats.", ("FD", "RR", 13, "asserted")),
    ("In March Freedonia expels four Ruritanian diplomats. Ruritania takes the same measure against two Freedonian "
     "diplomats.", ("RR", "FD", 2, "asserted")),
])
def test_a_like_measure_in_a_present_chronology_is_an_expulsion(text, want):
    assert want in made_up_rows(text)


@pytest.mark.parametrize("text", [
    "Ruritania expels 19 Freedonian diplomats. Freedonia usually takes similar measures against 13 Ruritanian diplomats.",
    "Ruritania expelled 19 Freedonian diplomats. Freedonia will take similar measures against 13 Ruritanian diplomats.",
    "When Ruritania expels diplomats, Freedonia takes similar measures against Ruritanian diplomats.",
])
def test_a_habit_or_a_measure_to_come_is_none(text):
    assert not any(r[0] == "FD" and r[1] == "RR" and r[3] == "asserted" for r in made_up_rows(text))
