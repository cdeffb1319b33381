"""The state a bare government sends people out of is the one who expels (sentences written for these tests):
"the government has expelled four Ruritanian diplomats from Freedonia" is Freedonia's act, even when another
state of the article expelled Ruritanians too; "threw them out of Freedonia" likewise. A mission named after
"from" says whose people they are, not who expels."""
import pytest

from tests.expulsions_helpers import made_up_rows


def test_the_state_left_acts_for_a_bare_government_beside_another_expelling_state():
    rows = made_up_rows("The Government said today it expelled four Ruritanian diplomats from Freedonia. "
                        "Graustark expelled 12 Ruritanian diplomats last month.")
    assert ("FD", "RR", 4, "asserted") in rows
    assert ("GK", "RR", 4, "asserted") not in rows


@pytest.mark.parametrize("text, want", [
    ("The government has expelled four Ruritanian diplomats from Freedonia.", ("FD", "RR", 4, "asserted")),
    ("The authorities threw two Ruritanian diplomats out of Freedonia.", ("FD", "RR", 2, "asserted")),
])
def test_the_state_left_acts(text, want):
    assert want in made_up_rows(text)


def test_a_mission_left_names_no_one_who_expels():
    rows = made_up_rows("The government has expelled two diplomats from the Ruritanian embassy.")
    assert not any(r[0] is not None and r[3] == "asserted" for r in rows)
