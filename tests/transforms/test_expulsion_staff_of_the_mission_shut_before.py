"""People named by a mission with "the" and no state ("the embassy's staff", "the embassy staff", "the staff of the
embassy") after a sentence in which a state shuts another state's mission are that mission's people, sent away by the
state that shut it (missions_before.bare_mission_people; story._before). A state shutting its own mission, a mission
shut by no one, or another verb leave them untold. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania closed the Freedonian embassy in Strelsau on Monday. The embassy's staff were ordered to leave within "
    "72 hours.",
    "Ruritania closed the Freedonian embassy on Monday. The embassy staff were ordered to leave within 72 hours.",
    "Ruritania closed the Freedonian embassy on Monday. The staff of the embassy were given 72 hours to leave.",
])
def test_the_staff_of_the_mission_shut_are_sent_away_by_the_state_that_shut_it(text):
    assert made_up_rows(text) == {("RR", "FD", None, "asserted")}


@pytest.mark.parametrize("text", [
    "Freedonia closed its embassy in Ruritania on Monday. The embassy's staff were ordered to leave within 72 hours.",
    "Ruritania criticised the Freedonian embassy on Monday. The embassy's staff were ordered to leave within 72 hours.",
    "The Freedonian embassy closed on Monday. The embassy's staff were ordered to leave within 72 hours.",
])
def test_no_mission_shut_by_another_state_tells_no_one(text):
    assert made_up_rows(text) == set()
