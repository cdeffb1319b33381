"""How many, told on the verb as a translation may tell it: "were expelled by Ruritania in number of 15 persons",
"in the amount of 15 people" (sentences written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Freedonian diplomats were expelled by Ruritania in number of 15 persons.",
    "Ruritania expelled Freedonian diplomats in the amount of 15 people.",
])
def test_the_number_on_the_verb_counts_the_people(text):
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == {("RR", "FD", 15, "asserted")}


def test_a_number_of_anything_else_counts_nothing():
    assert {r for r in made_up_rows("Ruritania expelled Freedonian diplomats in a number of cases.")
            if r[3] == "asserted"} == {("RR", "FD", None, "asserted")}
