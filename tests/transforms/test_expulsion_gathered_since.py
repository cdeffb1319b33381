""""France has expelled 60 Soviet diplomats since 1965": a perfect that runs from a year (or from an event, "since
the war began") up to the telling gathers every expulsion since then, a tally of several acts and no one expulsion;
a past tense compared with an earlier time ("the largest expulsion since 1985"), a perfect with no "since" and one
since a day ("since Monday": a wave still under way) stay one act. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania has expelled 60 Freedonian diplomats since 1965.",
    "Some 40 Freedonian diplomats have been expelled from Ruritania since the border war began.",
])
def test_a_perfect_since_a_time_is_a_tally(text):
    assert not {r for r in made_up_rows(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text", [
    "Ruritania expelled 60 Freedonian diplomats on Monday, the largest expulsion since 1965.",
    "Ruritania has expelled 60 Freedonian diplomats, the foreign ministry said on Monday.",
    "Ruritania has expelled 60 Freedonian diplomats since Monday.",
])
def test_one_act_stays_one(text):
    assert ("RR", "FD", 60, "asserted") in made_up_rows(text)
