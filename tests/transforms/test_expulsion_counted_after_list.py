"""A counted group after a list of owners (sentences written for these tests): "seven diplomats from A and B,
and one from C" is an uncounted share for A and for B, and one person of C's. The parser hangs "one" on the
trigger verb, the trigger noun or the people; wherever it hangs, C's group is read."""
import pytest

from tests.expulsions_helpers import made_up_rows

WANT = {("RR", "FD", None, "asserted"), ("RR", "GK", None, "asserted"), ("RR", "SV", 1, "asserted")}


@pytest.mark.parametrize("text", [
    "Ruritania expelled seven diplomats from Freedonia and Graustark, and one from Syldavia.",
    "Ruritania announced the expulsion of seven diplomats from Freedonia and Graustark, and one from Syldavia.",
    "Ruritania said seven diplomats from Freedonia and Graustark and one from Syldavia were expelled.",
])
def test_a_counted_group_after_a_list_of_owners_is_its_state_s(text):
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == WANT

