"""A head of mission counted with others by "as well as" ("declared the ambassador, as well as three other
officials, persona non grata"), then told alone as a remark on the same act ("This is the first time Ruritania
has expelled an ambassador"): one expulsion, of the group, not a second one of one person."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("Ruritania has declared Freedonia's ambassador, as well as three other Freedonian diplomats, persona non "
     "grata. This is the first time Ruritania has expelled an ambassador since the war.", {("RR", "FD", 4)}),
    ("Ruritania expelled the Freedonian ambassador as well as two other diplomats on Monday. Never before had "
     "Ruritania expelled an ambassador.", {("RR", "FD", 3)}),
    # the other side's head of mission is another expulsion
    ("Ruritania expelled the Freedonian ambassador as well as two other diplomats. Freedonia expelled the "
     "Ruritanian ambassador.", {("RR", "FD", 3), ("FD", "RR", 1)}),
])
def test_head_of_mission_counted_with_others_by_as_well_as(text, want):
    assert {(a, b, n) for a, b, n, m in made_up_rows(text, "2023-08-26") if m == "asserted"} == want
