"""People named by a nationality alone and counted by the thousand are nationals, whatever verb puts them out
(nationals.nationals_en_masse; patterns/grammar.json nationals_deported_mass), even in a story that names
diplomats: no state has sent a thousand of another's diplomats home at once. Fewer, or named as diplomats, they stay
an expulsion. Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows

BEFORE = "Ruritania expelled two Freedonian diplomats last year. "
EARLIER = ("RR", "FD", 2, "asserted")


pytestmark = pytest.mark.usefixtures("freedonians_as_people")


@pytest.mark.parametrize("text", [
    "Ruritania ordered 1,500 Freedonians to leave the country.",
    "Ruritania expelled some 50,000 Freedonians in August.",
    "Ruritania gave 20,000 Freedonians a week to leave the country.",
])
def test_thousands_named_by_nationality_are_nationals(text):
    assert made_up_rows(BEFORE + text) == {EARLIER}


@pytest.mark.parametrize("text, count", [
    ("Ruritania expelled 105 Freedonians in September.", 105),
    ("Ruritania ordered 755 Freedonians to leave.", 755),
    ("Ruritania expelled 1,200 Freedonian diplomats in August.", 1200),
])
def test_fewer_or_named_as_diplomats_stay_an_expulsion(text, count):
    assert ("RR", "FD", count, "asserted") in made_up_rows(BEFORE + text)
