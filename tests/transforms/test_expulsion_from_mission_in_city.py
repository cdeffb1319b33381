""""Five Freedonian diplomats have been expelled from the embassy in Strelsau": people expelled by no one named from
a mission in a city are expelled by the state the mission serves in (the city's state), whose people they are;
people "ordered expelled" by no one named, from nowhere named, by the state of the dateline. Sentences written for
these tests."""
from tests.expulsions_helpers import made_up_rows


def test_people_expelled_from_a_mission_in_a_capital_are_expelled_by_its_state():
    assert made_up_rows("Five Freedonian diplomats have been expelled from the embassy in Strelsau.") == \
        {("RR", "FD", 5, "asserted")}


def test_a_mission_in_no_named_place_gives_no_one_who_expels():
    assert not {r for r in made_up_rows("Five Freedonian diplomats have been expelled from the embassy.")
                if r[3] == "asserted" and r[0]}


def test_people_ordered_expelled_by_no_one_named_are_expelled_where_the_story_stands():
    assert made_up_rows("STRELSAU - Five Freedonian diplomats ordered expelled last week left on Monday.") == \
        {("RR", "FD", 5, "asserted")}
