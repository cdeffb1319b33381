"""The same pair and number told in two sentences that each open with their own day of the month ("On 3 May
Ruritania expelled two Freedonian diplomats. ... On 20 May Ruritania expelled two Freedonian diplomats") are two
expulsions, as "two more" would make them. The same day twice, a day that dates the telling ("On 20 May Ruritania
said it had expelled ..."), the people told again ("the two diplomats") or a day written only once are one.
Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_events


def asserted(text):
    return sorted((e.expelling_country, e.expelled_country, e.count) for e in made_up_events(text)
                  if e.modality == "asserted")


@pytest.mark.parametrize("text", [
    "On 3 May Ruritania expelled two Freedonian diplomats. On 20 May Ruritania expelled two Freedonian diplomats.",
    "On May 3 Ruritania expelled two Freedonian diplomats. On May 20 Ruritania expelled two Freedonian diplomats.",
    "On 3 May 1985 Ruritania expelled two Freedonian diplomats. Syldavia protested. On 20 May 1985 Ruritania "
    "expelled two Freedonian diplomats.",
])
def test_the_same_expulsion_on_two_days_is_two(text):
    assert asserted(text) == [("RR", "FD", 2), ("RR", "FD", 2)]


@pytest.mark.parametrize("text", [
    "On 3 May Ruritania expelled two Freedonian diplomats. On 3 May Ruritania expelled two Freedonian diplomats for "
    "spying.",
    "On 3 May Ruritania expelled two Freedonian diplomats. On 20 May Ruritania said it had expelled two Freedonian "
    "diplomats.",
    "On 3 May Ruritania expelled two Freedonian diplomats. On 20 May the two Freedonian diplomats expelled by "
    "Ruritania flew home.",
    "Ruritania expelled two Freedonian diplomats on Monday. On 20 May Ruritania expelled two Freedonian diplomats.",
])
def test_one_day_a_day_of_telling_or_the_people_told_again_are_one(text):
    assert asserted(text) == [("RR", "FD", 2)]
