"""A host that asks another state to take back or replace its envoy asks for his withdrawal: the host expels him
(patterns/grammar.json withdraw_particle_verbs, withdraw_verbs; read only under a verb of asking)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Freedonia asked Ruritania to take back its envoy.",
    "Freedonia has asked Ruritania to replace its ambassador because it has lost confidence in him.",
    "Ruritania recalled a second secretary at its embassy in Freedonia after Fredville asked Strelsau to take her back.",
])
def test_asked_to_take_back_or_replace_an_envoy(text):
    assert made_up_rows(text) == {("FD", "RR", 1, "asserted")}


@pytest.mark.parametrize("text", [
    "Freedonia asked Ruritania to take back its complaint.",
    "Ruritania will replace its ambassador in Freedonia next month.",
])
def test_no_request_of_a_withdrawal_is_no_expulsion(text):
    assert made_up_rows(text) == set()
