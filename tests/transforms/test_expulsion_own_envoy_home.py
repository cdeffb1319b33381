"""A state that orders or sends its own envoy home recalls him: the state he leaves expelled no one
(own_envoys_home.py)."""
import pytest

from tests.expulsions_helpers import made_up_rows

EXPELLED = "Ruritania declared the Freedonian ambassador persona non grata on Tuesday. "


@pytest.mark.parametrize("sentence", [
    "The Freedonian foreign ministry later said it was ordering its envoy home.",
    "Freedonia said it was sending its ambassador home.",
    "Freedonia ordered its envoy home.",
])
def test_an_envoy_ordered_home_by_his_own_state_is_recalled(sentence):
    assert made_up_rows(EXPELLED + sentence) == {("RR", "FD", 1, "asserted")}


def test_the_host_sending_the_envoy_home_expels_him():
    assert made_up_rows("Ruritania sent the Freedonian envoy home.") == {("RR", "FD", 1, "asserted")}


def test_a_mission_named_between_the_subject_and_its_is_the_owner():
    # "its" may be the mission's here: the pronoun is not bound to the one who orders, whose order it stays
    assert made_up_rows("Strelsau, citing the Freedonian mission's contacts with rebels, ordered its diplomats "
                        "home.") == {("RR", "FD", None, "asserted")}
