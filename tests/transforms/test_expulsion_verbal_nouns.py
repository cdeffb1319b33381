"""A verb of expelling made a noun by "-ing" ("the ousting of an American diplomat") is told as "the expulsion of"
is. Sentences written for these tests, about the made-up states of tests/expulsions_helpers.py (Strelsau is
Ruritania's capital)."""
from tests.expulsions_helpers import made_up_rows


def test_the_ousting_of_a_diplomat_in_a_capital_is_its_states_expulsion():
    text = ("A Freedonian diplomat in Strelsau was ordered to leave in retaliation for the ousting of a Ruritanian "
            "diplomat in Freedonia.")
    assert made_up_rows(text) == {("RR", "FD", 1, "asserted"), ("FD", "RR", 1, "asserted")}


def test_the_expelling_of_diplomats_by_a_state():
    text = "Freedonia protested the expelling of two Freedonian diplomats by Ruritania."
    assert made_up_rows(text) == {("RR", "FD", 2, "asserted")}


def test_the_ousting_of_a_president_is_no_expulsion():
    text = "Freedonia protested the ousting of President Petrov by the Ruritanian army."
    assert not {r for r in made_up_rows(text) if r[3] == "asserted"}
