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


@pytest.mark.parametrize("text, want", [
    ("Syldavia has ordered three and four Freedonian diplomats to leave in March and in June.",
     {("SV", "FD", 3), ("SV", "FD", 4)}),
    ("Graustark expelled 12 and 30 Syldavian diplomats in March and in June.", {("GK", "SV", 12), ("GK", "SV", 30)}),
    ("Ruritania expelled five and six Freedonian diplomats in 2016 and in 2018.", {("RR", "FD", 5), ("RR", "FD", 6)}),
])
def test_times_in_prepositions_of_their_own_pair_too(text, want):
    """"in March and in June": the second time in a preposition conjoined to the first (before: only the first count)."""
    got = {(e.expelling_country, e.expelled_country, e.count) for e in made_up_events(text, "2020-09-01")
           if e.modality == "asserted"}
    assert got == want


def test_times_in_prepositions_of_their_own_keep_their_years():
    assert _rows("Ruritania expelled five and six Freedonian diplomats in 2016 and in 2018.") == \
        {("RR", "FD", 5, 2016), ("RR", "FD", 6, 2018)}


def test_one_count_and_two_times_add_no_expulsion():
    assert _rows("Graustark expelled 12 Syldavian diplomats in March and in June.") == {("GK", "SV", 12, 2020)}
