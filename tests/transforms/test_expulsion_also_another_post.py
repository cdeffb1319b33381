"""One person "also" expelled by another post than the one told before, for the same states and count, is another
expulsion; the same post told again is a repeat (events._also_another_post)."""
import pytest

from tests.expulsions_helpers import made_up_events


@pytest.mark.parametrize("second", [
    "The government also declared a political adviser in the Freedonian Embassy persona non grata.",
    "Ruritania also expelled a Freedonian military attache.",
])
def test_also_another_post_is_another_expulsion(second):
    events = made_up_events("Ruritania expelled the Freedonian ambassador. " + second)
    assert [(e.expelling_country, e.expelled_country, e.count) for e in events] == [("RR", "FD", 1)] * 2


@pytest.mark.parametrize("second", [
    "The Freedonian envoy was also declared persona non grata.",
    "Ruritania also expelled the Freedonian ambassador, the ministry said.",
    "Ruritania expelled a Freedonian attache in August for also allegedly spying.",   # "also" on another verb
])
def test_the_same_post_told_again_is_one_expulsion(second):
    assert len(made_up_events("Ruritania expelled the Freedonian ambassador. " + second)) == 1
