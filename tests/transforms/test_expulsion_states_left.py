"""People given time to leave several states at once, by no one named: each state orders them off its own soil
when no count is given; a count over all of them is a total, and no one state's. Sentences written for these
tests."""
import pytest

from tests.expulsions_helpers import made_up_events
from transforms.expulsions import grammar as g


def rows(text):
    return [(e.expelling_country, e.expelled_country, e.count, e.modality) for e in made_up_events(text, "2017-06-05")]


def test_each_state_left_orders_the_people_out_when_no_count_is_given():
    text = "Freedonia's diplomats were given 48 hours to leave Ruritania, Graustark and Syldavia."
    assert rows(text) == [("RR", "FD", None, g.ASSERTED), ("GK", "FD", None, g.ASSERTED),
                          ("SV", "FD", None, g.ASSERTED)]


@pytest.mark.parametrize("text", [
    "Twenty Freedonian diplomats were given 48 hours to leave Ruritania and Graustark.",
    "Twenty Freedonian diplomats were ordered to get out of Ruritania and Graustark.",
])
def test_a_count_over_several_states_left_is_a_total(text):
    assert rows(text) == [(None, "FD", 20, g.AGGREGATE)]


def test_one_state_left_still_orders_them_out():
    assert rows("Twenty Freedonian diplomats were given 48 hours to leave Ruritania.") == [("RR", "FD", 20, g.ASSERTED)]
