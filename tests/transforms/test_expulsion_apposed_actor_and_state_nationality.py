"""A common noun with one state in apposition acts as that state ("Freedonia's neighbor, Ruritania, expelled ..."),
and a state named first in a list of nationalities of people is one of them ("expelled Graustark and Freedonian
diplomats") (sentences written for these tests, about made-up states)."""
from tests.expulsions_helpers import made_up_rows


def _asserted(text):
    return {r[:3] for r in made_up_rows(text) if r[3] == "asserted"}


def test_the_state_in_apposition_to_the_subject_acts():
    assert _asserted("Freedonia's neighbor, Ruritania, expelled two Graustark diplomats.") == {("RR", "GK", 2)}


def test_a_state_named_first_among_nationalities_of_people_is_one_of_them():
    assert _asserted("Freedonia's neighbor, Ruritania, expelled Graustark and Syldavian diplomats a few days ago.") == \
        {("RR", "GK", None), ("RR", "SV", None)}
