""""A Freedonian diplomat who was expelled from the Ruritanian city of Edelweiss": a place noun named for a state
by a nationality before it or a state after its "of" ("the Ruritanian capital", "the city of Strelsau") is that
state's: it expelled them, where no one else is named. A mission ("from the Ruritanian embassy") stays whose
people they are. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, row", [
    ("Freedonian consul Ivo Brand, who was expelled from the Ruritanian city of Kestrel last week, has returned home.",
     ("RR", "FD", 1, "asserted")),
    ("Two Freedonian diplomats were expelled from the Ruritanian capital on Monday.", ("RR", "FD", 2, "asserted")),
    ("Three Freedonian diplomats were expelled from the city of Strelsau on Friday.", ("RR", "FD", 3, "asserted")),
    ("The Freedonian consul was ordered to leave the Ruritanian city of Kestrel within a week.",
     ("RR", "FD", 1, "asserted")),
])
def test_the_state_a_place_is_named_for_expelled(text, row):
    assert row in made_up_rows(text)


def test_a_mission_left_names_whose_people_they_are():
    rows = made_up_rows("Two diplomats were expelled from the Ruritanian embassy in Fredville on Monday.")
    assert not {r for r in rows if r[0] == "RR"}
