"""As many counts on the people as times on the verb ("asked 47 and 25 Freedonian diplomats to leave in 1983 and
1985, respectively", "expelled 12 and 30 Syldavian diplomats in 1971 and 1974"): one expulsion of each count, at its
own time, no sum (sentences written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_events


def _rows(text):
    return {(e.expelling_country, e.expelled_country, e.count, e.event_year) for e in made_up_events(text)
            if e.modality == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("Ruritania asked 47 and 25 Freedonian diplomats to leave in 1983 and 1985, respectively.",
     {("RR", "FD", 47, 1983), ("RR", "FD", 25, 1985)}),
    ("Graustark expelled 12 and 30 Syldavian diplomats in 1971 and 1974, respectively.",
     {("GK", "SV", 12, 1971), ("GK", "SV", 30, 1974)}),
    ("Graustark expelled 12 and 30 Syldavian diplomats in 1971 and 1974.",
     {("GK", "SV", 12, 1971), ("GK", "SV", 30, 1974)}),
    ("Graustark expelled 12 Syldavian diplomats in 1971 and 30 in 1974.",   # (the gap, as before)
     {("GK", "SV", 12, 1971), ("GK", "SV", 30, 1974)}),
])
def test_each_count_at_its_own_time(text, want):
    assert _rows(text) == want


def test_times_that_do_not_pair_add_no_expulsion():
    assert _rows("Graustark expelled 12 Syldavian diplomats in 1971 and 1974.") == {("GK", "SV", 12, 1971)}
