""""Banish" is a word for expelling diplomats ("Ruritania banished two Freedonian diplomats"), as a verb in any
tense, active or passive, and as the noun "banishment"; said of party members, goods, a relative or a footballer
it is no diplomatic expulsion. Made-up sentences about made-up states, read with the project's spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("Ruritania banished two Freedonian diplomats.", {("RR", "FD", 2)}),
    ("Ruritania banished two Freedonian diplomats on Monday for spying.", {("RR", "FD", 2)}),
    ("Two Freedonian diplomats were banished by Ruritania.", {("RR", "FD", 2)}),
    ("Two Freedonian diplomats were banished from Ruritania on Monday.", {("RR", "FD", 2)}),
    ("Ruritania has banished the Freedonian ambassador, Hans Muller.", {("RR", "FD", 1)}),
    ("Ruritania banished the Freedonian ambassador and two attachés.", {("RR", "FD", 3)}),
    ("Ruritania is banishing three Freedonian consular officials.", {("RR", "FD", 3)}),
    ("Ruritania ordered the banishment of four Freedonian diplomats.", {("RR", "FD", 4)}),
])
def test_banished_diplomats_are_expelled(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text", [
    "The Ruritanian leader banished the dissident from the party.",
    "Ruritania banished Freedonian goods from its shops.",
    "The Ruritanian king banished his brother to Freedonia.",
    "Ruritania banished thoughts of a compromise with Freedonia.",
    "The Freedonian striker was banished to the bench by Ruritania's coach.",
    "Freedonian diplomats fear banishment from Ruritania.",
])
def test_banished_in_another_sense_is_no_expulsion(text):
    assert asserted(text) == set()
