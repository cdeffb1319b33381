"""Expulsion idioms given to the people with "to" ("gave its marching orders to four Freedonian diplomats", "has given
the boot to two diplomats", where the parser makes "to" itself the verb's indirect object) expel those people, as
"gave four diplomats their marching orders" does; "walking papers" are marching orders too. A striker, a defender or
a state's own minister given them is no diplomatic expulsion. Made-up sentences about made-up states, read with the
project's spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("Ruritania gave its marching orders to four Freedonian diplomats.", {("RR", "FD", 4)}),
    ("Ruritania has given the boot to two Freedonian diplomats.", {("RR", "FD", 2)}),
    ("Ruritania handed marching orders to four Freedonian diplomats.", {("RR", "FD", 4)}),
    ("Ruritania handed the Freedonian ambassador his walking papers.", {("RR", "FD", 1)}),
    ("Four Freedonian diplomats were handed their walking papers by Ruritania.", {("RR", "FD", 4)}),
    ("Ruritania gave four Freedonian diplomats their marching orders.", {("RR", "FD", 4)}),
])
def test_an_idiom_given_to_diplomats_expels_them(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text", [
    "The coach gave the Freedonian striker his marching orders.",
    "The referee gave the Ruritanian defender his marching orders.",
    "The club handed the Freedonian striker his walking papers.",
    "Ruritania gave the boot to its own finance minister.",
])
def test_an_idiom_given_to_others_is_no_expulsion(text):
    assert asserted(text) == set()
