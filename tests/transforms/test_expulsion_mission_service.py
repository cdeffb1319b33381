"""One who serves a mission without being a diplomat ("one security guard", "two drivers"), counted and joined to
counted diplomats, is one more of the people expelled; journalists joined so are not, nor are guards alone
(sentences written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("Ruritania ordered seven Freedonian diplomats and one security guard to leave.", 8),
    ("Ruritania expelled seven Freedonian diplomats and two drivers.", 9),
    ("Ruritania expelled seven Freedonian diplomats and three journalists.", 7),
])
def test_mission_service_joined_to_diplomats_is_counted(text, want):
    assert {r[2] for r in made_up_rows(text) if r[3] == "asserted"} == {want}


def test_guards_alone_are_no_diplomats():
    assert not [r for r in made_up_rows("Ruritania expelled three Freedonian border guards.") if r[3] == "asserted"]
