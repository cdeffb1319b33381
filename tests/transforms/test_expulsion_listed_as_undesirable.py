"""People a declare verb names "as" unwelcome ("listed six employees of the embassy as undesirable", "named four
diplomats as unwelcome"; triggers_parse.listed_as), and a note handed to an envoy summoned "to hand him a note
listing ..." (notes.note_to_envoy): the envoy's host declares, the people are of his mission. Made-up sentences
about made-up states (tests/expulsions_helpers.py)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("Ruritania listed six employees of the Freedonian Embassy as undesirable.", ("RR", "FD", 6, "asserted")),
    ("Ruritania named four Freedonian diplomats as unwelcome.", ("RR", "FD", 4, "asserted")),
])
def test_people_named_as_unwelcome_are_declared(text, want):
    assert made_up_rows(text) == {want}


@pytest.mark.parametrize("text, want", [
    ("The Freedonian Ambassador to Ruritania was summoned on Friday by the Ministry of Foreign Affairs to hand him a "
     "diplomatic note listing six employees of the Freedonian Embassy as undesirable in the country.",
     ("RR", "FD", 6, "asserted")),
    ("The Freedonian Ambassador to Ruritania was summoned on Friday by the Ministry of Foreign Affairs to hand him a "
     "diplomatic note listing six employees of the Freedonian Embassy as undesirable in the country, i.e. persona "
     "non grata.", ("RR", "FD", 6, "asserted")),
    ("The Freedonian Ambassador to Ruritania was summoned on Friday to hand him a note declaring three members of the "
     "embassy staff persona non grata.", ("RR", "FD", 3, "asserted")),
])
def test_a_note_handed_to_a_summoned_envoy_is_his_hosts(text, want):
    assert made_up_rows(text) == {want}
