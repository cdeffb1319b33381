"""People of any kind "holding diplomatic passports" are diplomats by their papers ("the expulsion of Freedonian
nationals holding diplomatic passports"); other passports, or nationals alone, stay no diplomats. Made-up sentences
about made-up states, parsed by the project's real spaCy model; made_up_news xa13-xa14 run it end to end."""
import pytest

from tests.expulsions_helpers import made_up_rows as rows


@pytest.mark.parametrize("text, want", [
    ("Ruritania announced the expulsion of Freedonian nationals holding diplomatic passports.", ("RR", "FD", None)),
    ("Ruritania expelled four Freedonian nationals holding diplomatic passports on Monday.", ("RR", "FD", 4)),
])
def test_holders_of_diplomatic_passports_are_diplomats(text, want):
    assert rows(text) == {want + ("asserted",)}


@pytest.mark.parametrize("text", [
    "Ruritania expelled four Freedonian nationals holding forged passports on Monday.",
    "Ruritania expelled four Freedonian nationals on Monday.",
])
def test_other_nationals_are_no_diplomats(text):
    assert rows(text) == set()
