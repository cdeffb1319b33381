"""The subject of a passive verb whose infinitive tells the expulsion does it ("Freedonia is expected to respond by
expelling five Ruritanian diplomats", "Ruritania is expected to retaliate by expelling ..."): the infinitive has no
subject of its own (parse_words._clause_subject). A passive infinitive ("is expected to be expelled") keeps its own
roles. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text,rows", [
    ("Freedonia is expected to respond by expelling five Ruritanian diplomats.", {("FD", "RR", 5, "hypothetical")}),
    ("Ruritania is expected to retaliate by expelling Freedonian diplomats.", {("RR", "FD", None, "hypothetical")}),
    ("Freedonia is expected to expel five Ruritanian diplomats.", {("FD", "RR", 5, "hypothetical")}),
])
def test_the_raised_subject_expels(text, rows):
    assert made_up_rows(text) == rows


def test_after_an_expulsion_the_answer_keeps_its_sides():
    text = "Ruritania expelled two Freedonian diplomats. Freedonia is expected to respond by expelling five " \
           "Ruritanian diplomats."
    assert made_up_rows(text) == {("RR", "FD", 2, "asserted"), ("FD", "RR", 5, "hypothetical")}


def test_the_one_expected_to_be_expelled_is_not_the_one_who_expels():
    assert not any(r[0] == "FD" for r in made_up_rows(
        "The Freedonian ambassador is expected to be expelled by Ruritania."))
