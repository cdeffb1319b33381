"""A deadline told as the antecedent of the clause that grants it ("A two-day deadline that Ruritania granted the
Freedonian ambassador to leave expired"): the granter orders out the one granted it, not the deadline
(leave_orders.deadline_told_of; sentences written for these tests)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "A two-day deadline that Ruritania granted the Freedonian ambassador to leave expired on Sunday.",
    "A deadline that Ruritania granted the Freedonian ambassador to leave expired on Sunday.",
    "The 48 hours that Ruritania gave the Freedonian ambassador to leave ran out on Sunday.",
])
def test_the_one_granted_the_deadline_is_ordered_out(text):
    assert made_up_rows(text) == {("RR", "FD", 1, "asserted")}


def test_a_deadline_for_students_is_no_expulsion():
    assert made_up_rows("A deadline that Ruritania granted Freedonian students to leave the dormitory expired "
                        "on Sunday.") == set()


def test_a_deadline_granted_to_file_papers_is_no_expulsion():
    assert made_up_rows("A deadline that Ruritania granted the Freedonian ambassador to file his papers expired "
                        "on Sunday.") == set()
