"""A national legislature that votes to expel an ambassador asks its government to; it expels no one itself ("Jordan's
Parliament voted to expel the Israeli ambassador" is a demand). A minister who tells parliament of an expulsion
still tells one. Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania's Parliament voted on Wednesday to expel the Freedonian ambassador in Strelsau.",
    "The Ruritanian parliament voted to expel two Freedonian diplomats.",
])
def test_a_parliament_voting_to_expel_demands_it(text):
    rows = made_up_rows(text)
    assert rows and not [r for r in rows if r[3] == "asserted"]


@pytest.mark.parametrize("text", [
    "Ruritania expelled two Freedonian diplomats, the foreign minister told parliament.",
    "The Foreign Secretary told the House of Commons that Ruritania had expelled two Freedonian diplomats.",
])
def test_an_expulsion_told_to_parliament_stays_one(text):
    assert made_up_rows(text) == {("RR", "FD", 2, "asserted")}
