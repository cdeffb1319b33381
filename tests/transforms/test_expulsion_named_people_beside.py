"""Named people after the title that names them ("air attaches Ivan Weiss and Anton Roth") are each one of the
people expelled (sentences written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("Ruritania demanded that Freedonian air attaches Ivan Weiss and Anton Roth leave the country within ten days.", 2),
    ("Ruritania expelled Freedonian attache Ivan Weiss and Graustark protested.", 1),
])
def test_each_named_person_after_the_title_is_one(text, want):
    assert {r[2] for r in made_up_rows(text) if r[3] == "asserted" and r[0] == "RR"} == {want}
