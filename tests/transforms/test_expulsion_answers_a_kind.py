"""A habit of answering a kind of act is no expulsion: "Freedonia has in the past responded to such moves by
ordering out an equal number of Ruritanians" (sentences written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows

BEFORE = "Ruritania expelled two Freedonian diplomats. "


@pytest.mark.parametrize("answer", [
    "Freedonia has in the past responded to such moves by expelling Ruritanian diplomats.",
    "Freedonia has often responded to such moves by expelling as many Ruritanian diplomats.",
])
def test_a_habit_of_answering_such_acts_is_no_expulsion(answer):
    assert {r[:3] for r in made_up_rows(BEFORE + answer) if r[3] == "asserted"} == {("RR", "FD", 2)}


def test_an_answer_to_the_act_told_is_one():
    rows = made_up_rows(BEFORE + "Freedonia responded to the move by expelling two Ruritanian diplomats.")
    assert ("FD", "RR", 2, "asserted") in rows


def test_a_present_perfect_answer_to_such_acts_with_no_mark_of_habit_may_tell_one():
    rows = made_up_rows(BEFORE + "Freedonia has responded to such moves by expelling two Ruritanian diplomats.")
    assert ("FD", "RR", 2, "asserted") in rows
