""""Two Freedonian diplomats were expelled by Ruritania. Freedonia confirmed the expulsion of diplomats.": a state
whose own people were expelled, named with an uncounted expulsion of people of no nationality, tells of that
expulsion again; it answers it only where the sentence says so ("retaliated", "in response", "of its own") or
counts its own ("said it is expelling six diplomats"). Sentences written for
these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows

FIRST = "Ruritania expelled two Freedonian diplomats on Monday. "


def test_the_expelled_side_confirming_an_expulsion_of_diplomats_is_no_answer():
    assert made_up_rows(FIRST + "Freedonia confirmed the expulsion of diplomats on Tuesday.") == \
        {("RR", "FD", 2, "asserted")}


@pytest.mark.parametrize("answer", [
    "Freedonia retaliated with two expulsions of its own.",
    "Freedonia announced the expulsion of diplomats on Tuesday in response.",
])
def test_an_answer_the_sentence_tells_is_the_other_way(answer):
    assert ("FD", "RR") in {(r[0], r[1]) for r in made_up_rows(FIRST + answer) if r[3] == "asserted"}


def test_a_counted_expulsion_by_the_expelled_side_is_its_answer():
    rows = made_up_rows(FIRST + "Freedonia said it is expelling two diplomats.")
    assert ("FD", "RR", 2, "asserted") in rows
