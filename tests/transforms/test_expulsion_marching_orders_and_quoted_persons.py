"""Marching orders are handed, issued or served as well as given, and to the people as well ("were handed their
marching orders by Ruritania", "gave marching orders to three diplomats": patterns/grammar.json expulsion_idioms);
"undesirable persons", a translation's persona non grata, in quotation marks (which the parser hangs on the people
as an apposition) or after "as" ("recognised two diplomats as undesirable persons": triggers_parse._declared_persons).
Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("Three Freedonian diplomats have been handed their marching orders by Ruritania.", ("RR", "FD", 3)),
    ("Ruritania has handed the Freedonian ambassador his marching orders.", ("RR", "FD", 1)),
    ("Ruritania on Monday gave marching orders to three Freedonian diplomats.", ("RR", "FD", 3)),
    ("Ruritania issued the Freedonian consul his marching orders on Friday.", ("RR", "FD", 1)),
])
def test_marching_orders_handed_issued_or_given_to_people(text, want):
    assert asserted(text) == {want}


@pytest.mark.parametrize("text", [
    "Ruritania issued marching orders to its troops.",
    "The Freedonian army gave marching orders to its soldiers on Monday.",
    "Ruritania handed the orders to three Freedonian diplomats.",
])
def test_marching_orders_to_anyone_else_or_other_orders_expel_no_one(text):
    assert not asserted(text)


@pytest.mark.parametrize("text, want", [
    ('Ruritania declared two Syldavian diplomats "undesirable persons".', ("RR", "SV", 2)),
    ("Ruritania recognised two Freedonian diplomats as undesirable persons.", ("RR", "FD", 2)),
])
def test_undesirable_persons_quoted_or_after_as(text, want):
    assert asserted(text) == {want}


@pytest.mark.parametrize("text", [
    'Ruritania declared two Freedonian journalists "undesirable persons".',
    "Ruritania described the Freedonian diplomats as undesirable persons.",
])
def test_undesirable_persons_of_others_or_only_described_expel_no_one(text):
    assert not asserted(text)


@pytest.mark.parametrize("text", [
    "Ruritania gave marching orders to the Freedonian military personnel.",
    "Ruritania gave the Freedonian military personnel their marching orders.",
    "Ruritania expelled the Freedonian military personnel.",
])
def test_military_personnel_are_troops_whether_the_parser_makes_military_a_modifier_or_a_compound(text):
    assert not asserted(text)
