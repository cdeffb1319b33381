"""An intention a state gives notice of is its decision told (sentences written for these tests): "announced its
intention to expel", "told the ambassador of Ruritania's intention to expel". An intention only held ("intends
to", "the intention is"), denied ("has no intention of") or not announced stays unasserted."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("Ruritania announced its intention to expel two Freedonian diplomats.", ("RR", "FD", 2, "asserted")),
    ("The Ruritanian foreign minister told the Freedonian ambassador of Ruritania's intention to expel three "
     "Freedonian diplomats.", ("RR", "FD", 3, "asserted")),
    ("Ruritania notified Freedonia of its intention to expel four Freedonian diplomats.", ("RR", "FD", 4, "asserted")),
])
def test_an_intention_given_notice_of_is_a_decision(text, want):
    assert want in made_up_rows(text)


@pytest.mark.parametrize("text", [
    "Ruritania intends to expel two Freedonian diplomats.",
    "Ruritania has no intention of expelling two Freedonian diplomats.",
    "Ruritania did not announce any intention to expel two Freedonian diplomats.",
    "Officials said the intention was to expel two Freedonian diplomats.",
    "Ruritania announced its intention to expel two Freedonian diplomats if the talks failed.",
])
def test_an_intention_only_held_or_denied_is_no_expulsion(text):
    assert not any(r[3] == "asserted" for r in made_up_rows(text))
