"""An expulsion weighed, not taken: a gerund in the subject of a clause with a modal ("the satisfaction from
expelling the ambassador would be short-lived") and a clause under "likely" ("regard it as likely that Freedonia
will respond by expelling ...") tell no expulsion. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania says the short-term satisfaction from expelling the Freedonian ambassador would have long-term costs.",
    "Analysts in Strelsau regard it as likely that Freedonia will respond by expelling Ruritanian diplomats.",
])
def test_a_course_weighed_is_no_expulsion(text):
    assert not {r for r in made_up_rows(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text", [
    "Ruritania said that expelling two Freedonian diplomats on Monday had been necessary.",
    "Officials regard it as certain that Ruritania expelled two Freedonian diplomats on Monday.",
])
def test_a_course_taken_is_still_told(text):
    assert ("RR", "FD", 2, "asserted") in made_up_rows(text)
