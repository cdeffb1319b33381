"""A state's mission abroad expels no one. Its people are expelled from it: "the government expelled an official at
the Freedonian embassy in Strelsau" (the parser hanging "at the embassy" on the verb) expels the embassy's people,
and its place says who expels. Named whole as one name the resolver links to the mission ("the Freedonian Embassy in
Strelsau", acting for Freedonia as its government's mission), it is no actor either: not when it is told of an
expulsion ("informed the Freedonian Embassy that ... would be expelled"), nor when it speaks of one ("the Freedonian
Embassy said that two diplomats had been expelled"). Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import MADE_UP, made_up_events
from transforms.expulsions import grammar as g

# the resolver links a mission's whole name to the mission, which acts for its state (as for "the U.S. Embassy")
NAMES = dict(MADE_UP, **{"Freedonian Embassy": ("FD", "ORG", True), "Ruritanians": ("RR", "NORP", False)})


def rows(text):
    return [(e.expelling_country, e.expelled_country, e.count, e.modality)
            for e in made_up_events(text, "2020-05-01", names=NAMES)]


def test_people_at_a_mission_are_its_people_and_its_place_expels_them():
    text = "The government expelled an official at the Freedonian embassy in Strelsau over the affair."
    assert rows(text) == [("RR", "FD", 1, g.ASSERTED)]


@pytest.mark.parametrize("text", [
    "Soon afterward, the Ruritanians informed the Freedonian Embassy in Strelsau that Smith and the Graustarkian "
    "diplomat would be expelled.",
    "The Freedonian Embassy was told that a Graustarkian diplomat would be expelled.",
    "The Freedonian Embassy in Strelsau said that two Graustarkian diplomats had been expelled.",
])
def test_a_mission_told_of_or_telling_of_an_expulsion_is_not_who_expels(text):
    assert [r for r in rows(text) if r[0] == "FD"] == []

