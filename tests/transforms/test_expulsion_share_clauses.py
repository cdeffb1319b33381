"""A clause that says how many of an expelled group are of one state ("150 Western diplomats, 60 of them
Ruritanian", "150 diplomats, 60 of whom were Ruritanian") tells that state's own expulsion with the part's count;
the group of many is a sum, not the part's state's (included.share_clauses). Sentences written for these tests,
about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows

_BEFORE = "Ruritania expelled 60 Freedonian diplomats on Monday. "


def _asserted(text):
    return {r[:3] for r in made_up_rows(_BEFORE + text) if r[3] == "asserted"}


@pytest.mark.parametrize("text", [
    "On Thursday, Freedonia reciprocated by announcing the expulsion of 150 Western diplomats, 60 of them Ruritanian.",
    "On Thursday, Freedonia expelled 150 Western diplomats, 60 of them Ruritanian.",
    "On Thursday, Freedonia expelled 150 diplomats, 60 of whom were Ruritanian.",
])
def test_the_part_of_one_state_is_its_own_expulsion(text):
    assert _asserted(text) == {("RR", "FD", 60), ("FD", "RR", 60)}


def test_the_group_is_a_sum():
    rows = made_up_rows(_BEFORE + "On Thursday, Freedonia expelled 150 Western diplomats, 60 of them Ruritanian.")
    assert ("FD", None, 150, "aggregate") in rows


@pytest.mark.parametrize("text, want", [
    ("On Thursday, Freedonia expelled 150 Ruritanian diplomats.", ("FD", "RR", 150)),
    ("On Thursday, Freedonia expelled 15 Ruritanian diplomats, some of them military attaches.", ("FD", "RR", 15)),
])
def test_a_group_of_one_state_keeps_its_count(text, want):
    assert want in _asserted(text)
