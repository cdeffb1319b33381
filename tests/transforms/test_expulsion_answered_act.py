"""The expulsion a state answers is done, whatever is said of the answer (answered.py): "decided not to retaliate for
the expulsion of", "has not responded to X's expulsion of", "would respond to the expulsion of" tell an expulsion
done; "will respond to any expulsion of its diplomats", "further expulsions" tell none yet. Sentences written for
these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


def _rows(text):
    return {r for r in made_up_rows(text)}


@pytest.mark.parametrize("text, want", [
    ("Ruritania decided not to retaliate for the expulsion of five more Ruritanian diplomats by Freedonia.",
     ("FD", "RR", 5)),
    ("Ruritania has so far not responded to Freedonia's expulsion of three Ruritanian diplomats.", ("FD", "RR", 3)),
    ("Ruritania did not retaliate against Freedonia's expulsion of four Ruritanian diplomats.", ("FD", "RR", 4)),
    ("Ruritania said it would respond to the expulsion of two Ruritanian diplomats from Freedonia.", ("FD", "RR", 2)),
])
def test_the_expulsion_answered_is_done(text, want):
    assert want + ("asserted",) in _rows(text)


@pytest.mark.parametrize("text", [
    "Ruritania will respond to any expulsion of its diplomats by Freedonia.",
    "Ruritania said it would retaliate against further expulsions of Ruritanian diplomats by Freedonia.",
    "Ruritania will retaliate against Freedonia's planned expulsion of four Ruritanian diplomats.",
])
def test_an_expulsion_still_to_come_is_not_done(text):
    assert not any(r[3] == "asserted" for r in _rows(text))


def test_an_expulsion_denied_itself_stays_denied():
    text = "Freedonia did not expel four Ruritanian diplomats, and Ruritania did not retaliate."
    assert not any(r[3] == "asserted" for r in _rows(text))
