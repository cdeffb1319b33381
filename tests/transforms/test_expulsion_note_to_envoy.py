"""A note handed to an envoy accredited to a state declares for that state, and the staff it declares are the
envoy's ("Freedonia's ambassador to Ruritania was summoned and handed a note declaring three embassy staff persona
non grata") (sentences written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Freedonia's ambassador to Ruritania was summoned and handed a note declaring three embassy staff persona non "
    "grata.",
    "The Freedonian ambassador to Ruritania was handed a note declaring three embassy staff persona non grata.",
])
def test_the_host_of_the_envoy_handed_the_note_declares(text):
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == {("RR", "FD", 3, "asserted")}


def test_a_note_handed_by_a_state_named_keeps_its_sender():
    text = "Ruritania handed the Freedonian ambassador a note declaring three embassy staff persona non grata."
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == {("RR", "FD", 3, "asserted")}
