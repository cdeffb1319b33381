"""A chargé d'affaires garbled as "charge affaires" is one person, as "chargé d'affaires" is (sentences written
for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("title", ["charge d'affaires", "charge affaires"])
def test_the_charge_and_his_second_secretary_are_two(title):
    text = f"Ruritania declared the interim Freedonian {title} and his second secretary persona non grata."
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == {("RR", "FD", 2, "asserted")}
