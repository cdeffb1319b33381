"""Two shapes real news showed read as done (sentences written for these tests): a petition to expel is a call
on another to act (a demand), headline capitals and all; and an infinitive on a noun of leave given or sought
("would seek approval to declare ...", "the authority to expel") is an act allowed, not one done."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "A petition to expel the Ruritanian ambassador to Freedonia from the country has reached 80,000 signatures.",
    "A PETITION to expel the Ruritanian ambassador to Freedonia from the country has reached 80,000 signatures.",
])
def test_a_petition_to_expel_is_a_demand(text):
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == set()
    assert {r[3] for r in made_up_rows(text)} == {"demand"}


@pytest.mark.parametrize("text", [
    "Freedonia’s Foreign Minister Ivan Petrov announced on Friday that he would seek presidential approval to declare "
    "31 employees of the Ruritanian embassy in Strelsau and four from its consulate general “personae non gratae.”",
    "The Freedonian foreign minister has the authority to expel four Ruritanian diplomats.",
])
def test_leave_to_expel_is_no_expulsion(text):
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == set()


def test_an_expulsion_itself_is_still_told():
    text = "Freedonia expelled 12 Ruritanian diplomats after the cabinet gave its approval on Monday."
    assert ("FD", "RR", 12, "asserted") in made_up_rows(text)
