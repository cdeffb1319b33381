"""Staff listed by rank ("the first secretary, the military attache and two clerks", which the parser begins as an
apposition): everyone listed counts, the mission's people serving beside one titled diplomat too
(headcounts._serving_beside), and the mission after the last of them ("... two clerks of the Freedonian embassy") is
whose they all are (owners.owner_after_the_last). Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania expelled the Freedonian first secretary, the military attache and two clerks.",
    "The first secretary, the military attache and two clerks of the Freedonian embassy were expelled by Ruritania.",
    "The first secretary, the military attache and two third secretaries of the Freedonian embassy were expelled "
    "by Ruritania.",
])
def test_every_one_of_a_list_by_rank_counts(text):
    assert made_up_rows(text) == {("RR", "FD", 4, "asserted")}


def test_staff_beside_one_titled_diplomat_count():
    assert made_up_rows("Ruritania expelled the Freedonian ambassador and two drivers.") == {("RR", "FD", 3, "asserted")}


def test_the_restated_people_count_once():
    text = "Ruritania expelled two Freedonian diplomats, a counsellor and an attache, on Monday."
    assert made_up_rows(text) == {("RR", "FD", 2, "asserted")}


def test_people_of_another_state_named_first_keep_their_state():
    text = "Ruritania expelled the Graustarkian ambassador and two diplomats of the Freedonian embassy."
    assert made_up_rows(text) == {("RR", "GK", 1, "asserted"), ("RR", "FD", 2, "asserted")}


def test_staff_of_no_mission_are_no_diplomats():
    assert made_up_rows("Ruritania expelled three Freedonian border guards.") == set()
