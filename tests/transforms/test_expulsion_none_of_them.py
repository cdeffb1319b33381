""""None of the Freedonian diplomats were expelled": the people are none, and no row of the sentence says otherwise,
not even a sum with no state (sentences written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "None of the Freedonian diplomats were expelled, the Ruritanian ministry said.",
    "Ruritania has expelled none of the Freedonian diplomats.",
])
def test_none_of_the_people_expelled_is_no_expulsion(text):
    rows = made_up_rows(text)
    assert not [r for r in rows if r[3] in ("asserted", "aggregate")]


def test_none_of_the_people_expelled_before_returning_keeps_the_expulsion():
    text = "None of the 23 Freedonian diplomats expelled by Ruritania has returned."
    assert ("RR", "FD", 23, "asserted") in made_up_rows(text)
