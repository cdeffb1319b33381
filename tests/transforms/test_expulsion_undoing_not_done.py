"""An expulsion that a verb of undoing would take back ("reverse", "rescind", "withdraw its decision to expel") is
done when the undoing is not: one set in a condition ("unless Freedonia reverses the expulsion of ..."), demanded
("demanded that Freedonia reverse its expulsion"), refused or denied ("if Freedonia does not rescind ...") takes the
expulsion as done, and the one who would take it back is the one who expelled (modality.modality_of with
denials.undoes/undone; arguments._undoer). An undoing told as done still denies the expulsion. Sentences written for
these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows

STANDING = [
    ("Unless Freedonia reverses the expulsion of two Ruritanian diplomats, Ruritania will recall its ambassador.", 2),
    ("Ruritania demanded that Freedonia reverse its expulsion of two Ruritanian diplomats.", 2),
    ("If Freedonia does not rescind the expulsion of the Ruritanian ambassador, Ruritania will cut trade.", 1),
    ("Unless Freedonia withdraws its decision to expel three Ruritanian diplomats, Ruritania will respond in kind.", 3),
    ("Ruritania urged Freedonia to reverse the expulsion of three Ruritanian diplomats.", 3),
    ("Freedonia refused to rescind the expulsion of two Ruritanian diplomats.", 2),
]


@pytest.mark.parametrize("text,count", STANDING)
def test_an_expulsion_whose_undoing_is_not_done_stands(text, count):
    assert made_up_rows(text) == {("FD", "RR", count, "asserted")}


@pytest.mark.parametrize("text,count", [
    ("Freedonia reversed the expulsion of two Ruritanian diplomats on Monday.", 2),
    ("Freedonia withdrew its decision to expel three Ruritanian diplomats on Monday.", 3),
])
def test_an_expulsion_taken_back_is_denied(text, count):
    assert made_up_rows(text) == {("FD", "RR", count, "negated")}


def test_an_order_rescinded_after_it_was_given_is_denied():
    text = "Ruritania expelled two Freedonian diplomats, but the order was later rescinded."
    assert made_up_rows(text) == {("RR", "FD", 2, "negated")}


@pytest.mark.parametrize("text", [
    "Unless Freedonia reverses its decision, Ruritania will expel two Freedonian diplomats.",
    "Unless Freedonia reverses course, Ruritania will expel two Freedonian diplomats.",
])
def test_an_expulsion_threatened_unless_something_else_is_undone_stays_hypothetical(text):
    assert made_up_rows(text) == {("RR", "FD", 2, "hypothetical")}


def test_a_withdrawal_of_diplomats_is_no_undoing():
    assert made_up_rows("Freedonia withdrew two diplomats from Ruritania on Monday.") == set()
