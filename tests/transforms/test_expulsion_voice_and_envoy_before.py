"""A state that says an envoy named before must leave ("The Freedonian ambassador was summoned in Strelsau. The
Ruritanians said the ambassador must leave.") orders him out: its own, not the envoy's state (sentences written for
these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import MADE_UP, made_up_events

NAMES = dict(MADE_UP, Ruritanians=("RR", "NORP", False))


def _rows(text):
    return {(e.expelling_country, e.expelled_country, e.count) for e in made_up_events(text, names=NAMES)
            if e.modality == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("The Freedonian ambassador was summoned in Strelsau. The Ruritanians said the ambassador must leave.",
     {("RR", "FD", 1)}),
    ("The Freedonian ambassador was summoned in Strelsau. Ruritania said the ambassador must leave.",
     {("RR", "FD", 1)}),
])
def test_the_speakers_state_orders_the_envoy_named_before_out(text, want):
    assert _rows(text) == want


@pytest.mark.parametrize("text", [
    "The Ruritanian ambassador was summoned in Fredville. Ruritania said the ambassador must leave.",
    "Ruritania recalled its ambassador from Freedonia. Ruritania said the ambassador must leave.",
])
def test_its_own_envoy_is_no_one_it_expels(text):
    assert not _rows(text)
