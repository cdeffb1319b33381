"""People of several coordinated nationalities ("10 employees of the Freedonian, Graustarkian and Syldavian
missions", "Freedonian, Graustarkian and Syldavian diplomats"): each state's people are expelled, how many of
each is not told, and a count is their total; no one state gets the total (sentences written for these tests,
about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows

_EACH = {("RR", "FD", None, "asserted"), ("RR", "GK", None, "asserted"), ("RR", "SV", None, "asserted")}


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled 10 employees of the Freedonian, Graustarkian and Syldavian embassies.",
     _EACH | {("RR", None, 10, "aggregate")}),
    ("Ruritania declared persona non grata 10 employees of the Freedonian, Graustarkian and Syldavian diplomatic "
     "missions.", _EACH | {("RR", None, 10, "aggregate")}),
    ("Ruritania expelled employees of the Freedonian, Graustarkian and Syldavian embassies.", _EACH),
])
def test_each_nationality_is_expelled_and_the_count_is_their_total(text, want):
    assert made_up_rows(text) == want


def test_one_nationality_keeps_its_count():
    assert made_up_rows("Ruritania expelled 10 employees of the Freedonian embassy.") == {("RR", "FD", 10, "asserted")}
