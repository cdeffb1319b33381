"""An expulsion a court stops before it is carried out is no act done ("Ruritania's supreme court blocked the expulsion
of two Freedonian diplomats": patterns/grammar.json blocking_verbs, denials.py); a holding back denied tells the act
done ("did not fail to expel") unless it is vowed ("will not hesitate to expel": hesitating_governors, modality.py).
Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania's constitutional court blocked the expulsion of two Freedonian diplomats.",
    "Ruritania's supreme court stayed the expulsion of two Freedonian diplomats on Friday.",
    "Ruritania's supreme court froze the expulsion of two Freedonian diplomats.",
    "The expulsion of two Freedonian diplomats by Ruritania was halted by a court.",
])
def test_an_expulsion_stopped_by_a_court_is_not_done(text):
    assert made_up_rows(text) == {("RR", "FD", 2, "negated")}


def test_a_blocked_expulsion_after_one_done_leaves_the_first():
    text = "Ruritania expelled two Freedonian diplomats on Monday. On Friday a court blocked the expulsion of the " \
           "Freedonian attache."
    assert made_up_rows(text) == {("RR", "FD", 2, "asserted"), ("RR", "FD", 1, "negated")}


@pytest.mark.parametrize("text", [
    "The expulsion of two Freedonian diplomats by Ruritania halted the talks.",
    "Ruritania's expulsion of two Freedonian diplomats blocked any progress in the talks.",
    "Ruritania expelled two Freedonian diplomats, blocking any deal.",
    "Ruritania expelled two Freedonian diplomats who had stayed in the country.",
])
def test_an_expulsion_that_stops_something_else_is_done(text):
    assert made_up_rows(text) == {("RR", "FD", 2, "asserted")}


def test_an_act_not_failed_is_done():
    assert made_up_rows("Ruritania did not fail to expel the Freedonian ambassador.") == {("RR", "FD", 1, "asserted")}
    assert made_up_rows("Ruritania failed to expel the Freedonian ambassador.") == {("RR", "FD", 1, "negated")}


@pytest.mark.parametrize("text", [
    "Ruritania will not hesitate to expel two Freedonian diplomats.",
    "Ruritania won't hesitate to expel two Freedonian diplomats.",
])
def test_a_vow_not_to_hold_back_is_no_act_yet(text):
    assert made_up_rows(text) == {("RR", "FD", 2, "hypothetical")}


def test_a_holding_back_denied_in_the_past_is_the_act():
    assert made_up_rows("Ruritania did not hesitate to expel two Freedonian diplomats.") == {("RR", "FD", 2, "asserted")}
