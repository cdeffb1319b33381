"""One state's expulsions of the same people at two times, the verb said once ("Ruritania expelled 105 Freedonian
officials in 1971 and 25 in 1985"): the bare number with a time of its own is a second expulsion, of its own year.
Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_events


def _rows(text):
    return {(e.expelling_country, e.expelled_country, e.count, e.event_year, e.modality)
            for e in made_up_events(text, published="2020-05-01")}


@pytest.mark.parametrize("text", [
    "Ruritania expelled 105 Freedonian officials in 1971 and 25 in 1985.",
    "Ruritania expelled 105 Freedonian officials in 1971 and another 25 in 1985.",
])
def test_a_second_number_at_its_own_year_is_a_second_expulsion(text):
    assert _rows(text) == {("RR", "FD", 105, 1971, "asserted"), ("RR", "FD", 25, 1985, "asserted")}


def test_a_second_number_in_another_month_is_a_second_expulsion():
    assert {r[2] for r in _rows("Ruritania expelled four Freedonian diplomats in September and five in October.")} \
        == {4, 5}


@pytest.mark.parametrize("text", [
    "Ruritania expelled four Freedonian diplomats in 2019 and 2020.",   # two years, no second number
    "Ruritania expelled four Freedonian diplomats in 2019 and two journalists in 2020.",   # other people
])
def test_no_second_expulsion_without_a_bare_number_and_its_time(text):
    assert {r[2] for r in _rows(text) if r[4] == "asserted" and r[1] == "FD"} == {4}
