"""An order given as a thing issued ("Ruritania has issued a directive mandating the departure of three Freedonian
diplomats", found in a fresh set's Sudanese statement) is the issuer's expulsion: 'mandate' asks as 'require' does
(patterns/grammar.json request_verbs), and a command noun that is a verb's object with the asking verb on it gives
the one who orders as that verb's subject (order_sources.issuer). Made-up sentences about made-up states, parsed by
the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows as rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


@pytest.mark.parametrize("text", [
    "Ruritania has issued a directive mandating the departure of three Freedonian diplomats within 72 hours.",
    "Ruritania has issued an order requiring the departure of three Freedonian diplomats.",
    "Ruritania mandated the departure of three Freedonian diplomats on Monday.",
])
def test_a_command_issued_for_the_departure_of_diplomats_is_the_issuers_expulsion(text):
    assert asserted(text) == {("RR", "FD", 3)}


def test_the_plain_order_is_unchanged_and_a_directive_on_troops_is_none():
    assert asserted("Ruritania ordered the departure of three Freedonian diplomats on Monday.") == {("RR", "FD", 3)}
    assert asserted("Ruritania has issued a directive mandating the departure of Freedonian troops.") == set()
