"""An expulsion postponed, delayed or deferred is not done yet (sentences written for these tests, about made-up
states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania postponed the expulsion of two Freedonian diplomats.",
    "Ruritania delayed expelling two Freedonian diplomats.",
    "Ruritania has deferred the expulsion of the Freedonian ambassador until the talks end.",
])
def test_an_expulsion_put_off_is_not_done(text):
    rows = made_up_rows(text)
    assert rows and not [r for r in rows if r[3] == "asserted"]


def test_an_expulsion_after_a_delay_is_done():
    assert ("RR", "FD", 2, "asserted") in made_up_rows("Ruritania expelled two Freedonian diplomats after a delay.")
