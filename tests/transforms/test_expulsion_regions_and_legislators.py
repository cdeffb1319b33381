"""Two shapes of near-miss. (1) People expelled "across Europe", "throughout the European Union": a region of many
states as where it happened makes a sum over them, no one state's expulsion, as "around the world" does
(lexicon.MANY_STATE_REGIONS); "across the border" is no such region. (2) A member of a house of parliament ("a
member of the Ruritanian House of Lords", "two members of the Ruritanian parliament") declared persona non grata is
a legislator, no mission's member (legislators.py); "members of the Ruritanian embassy" still are. Sentences written
for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


def _asserted(text):
    return {r for r in made_up_rows(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("Freedonia expelled 60 Ruritanian diplomats on Monday. At least 45 Ruritanian diplomats have been expelled "
     "across Europe.", {("FD", "RR", 60, "asserted")}),
    ("Freedonia expelled 60 Ruritanian diplomats. Some 30 Ruritanian diplomats were expelled throughout the European "
     "Union on Monday.", {("FD", "RR", 60, "asserted")}),
    ("Graustark released a list – including deputies from Freedonia’s National Assembly and a member of the "
     "Ruritanian House of Lords – of people declared personae non grata.", set()),
    ("Graustark declared a member of the Ruritanian House of Lords persona non grata.", set()),
    ("Two members of the Ruritanian parliament were declared persona non grata by Graustark.", set()),
])
def test_a_region_wide_sum_or_a_legislator_is_no_states_expulsion(text, want):
    assert _asserted(text) == want


@pytest.mark.parametrize("text, want", [
    ("Ruritanian guards expelled two Freedonian diplomats across the border.", ("RR", "FD", 2, "asserted")),
    ("Graustark declared two members of the Ruritanian embassy persona non grata.", ("GK", "RR", 2, "asserted")),
    ("A member of the Ruritanian embassy was declared persona non grata by Graustark.", ("GK", "RR", 1, "asserted")),
])
def test_a_place_of_one_state_and_a_missions_member_stay(text, want):
    assert want in made_up_rows(text)
