"""People "based" in a place written before them ("a Strelsau-based Freedonian diplomat") serve there: the place is
their host, the state that expels them when no other is named, never their own state. Made-up sentences about
made-up states, parsed by the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows


def rows(text):
    return made_up_rows(text, "2019-01-01", sentence=r".+")


@pytest.mark.parametrize("text, count", [
    ("A Strelsau-based Freedonian diplomat was expelled.", 1),
    ("Two Ruritania-based Freedonian diplomats were expelled on Monday.", 2),
])
def test_the_place_they_are_based_in_expels_them(text, count):
    assert rows(text) == {("RR", "FD", count, "asserted")}


def test_a_named_expeller_stays_and_the_place_is_not_their_state():
    assert rows("Graustark expelled two Ruritania-based Freedonian diplomats.") == {("GK", "FD", 2, "asserted")}
