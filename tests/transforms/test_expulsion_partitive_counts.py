""""four of Freedonia's six diplomats", "two of the 12 Freedonian diplomats": a share of a counted group is who is
told to go, the group only where they come from (counts._partitive_share, read by the window rules where the parse
hangs the order on a clause about the group); made-up articles parsed by the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows

_STAY = " The Freedonian ambassador and one other diplomat were told they could stay but the others had to leave."


@pytest.mark.parametrize("text, want", [
    ("Ruritania told four of Freedonia's six diplomats serving at its embassy in Strelsau to leave the country by "
     "next week." + _STAY, ("RR", "FD", 4, "asserted")),
    ("Ruritania told two of the 12 Freedonian diplomats serving at its embassy in Strelsau to leave the country "
     "by next week." + _STAY, ("RR", "FD", 2, "asserted")),
])
def test_a_share_of_a_counted_group_is_the_count(text, want):
    assert {r for r in made_up_rows(text) if r[0] == "RR"} == {want}


@pytest.mark.parametrize("text, want", [
    # no share before the group: the group is told
    ("Ruritania told the six Freedonian diplomats serving at its embassy in Strelsau to leave the country by next "
     "week." + _STAY, ("RR", "FD", 6, "asserted")),
    # "all but one of the 12": one stays, the rest go, uncounted
    ("Ruritania told all but one of the 12 Freedonian diplomats to leave.", ("RR", "FD", None, "asserted")),
])
def test_without_a_share_the_group_or_no_count(text, want):
    assert want in made_up_rows(text)
