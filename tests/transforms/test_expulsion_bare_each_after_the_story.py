"""A bare distributive "each" ("Graustark and Syldavia each expelled two diplomats") says how many each state
expelled, not whose: after the story has named the expelled side ("Ruritania expelled 23 Freedonian diplomats") they
are more of those, as "expelled two diplomats each" already reads. "each other's" / "the other's" marks the mutual
pair whatever the story told before, and with no expelled side told before a bare "each" stays the pair's exchange.
Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows

BEFORE = "Ruritania expelled 23 Freedonian diplomats. "


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"}


@pytest.mark.parametrize("text, want", [
    # a bare "each" after the story named whose people were expelled: more of those
    (BEFORE + "Graustark and Syldavia each expelled two diplomats.",
     {("RR", "FD", 23), ("GK", "FD", 2), ("SV", "FD", 2)}),
    ("Ruritania expelled 23 Freedonian diplomats on Monday. Graustark and Syldavia each expelled three diplomats "
     "on Tuesday.", {("RR", "FD", 23), ("GK", "FD", 3), ("SV", "FD", 3)}),
    (BEFORE + "Graustark and Syldavia each ordered two diplomats out.",
     {("RR", "FD", 23), ("GK", "FD", 2), ("SV", "FD", 2)}),
    (BEFORE + "Graustark and Syldavia have each declared two diplomats persona non grata.",
     {("RR", "FD", 23), ("GK", "FD", 2), ("SV", "FD", 2)}),
    (BEFORE + "Graustark and Syldavia each expelled a diplomat.", {("RR", "FD", 23), ("GK", "FD", 1), ("SV", "FD", 1)}),
    # "the other's" / "each other's": the mutual pair, whatever was told before
    (BEFORE + "Graustark and Syldavia each expelled two of the other's diplomats.",
     {("RR", "FD", 23), ("GK", "SV", 2), ("SV", "GK", 2)}),
    (BEFORE + "Graustark and Syldavia each expelled two of each other's diplomats.",
     {("RR", "FD", 23), ("GK", "SV", 2), ("SV", "GK", 2)}),
    # no expelled side told before: each the other's
    ("Graustark and Syldavia each expelled two diplomats.", {("GK", "SV", 2), ("SV", "GK", 2)}),
    ("Graustark and Syldavia each expelled two of the other's diplomats.", {("GK", "SV", 2), ("SV", "GK", 2)}),
    # the pair's own sides told before: still each the other's
    ("Ruritania expelled three Freedonian diplomats last week. In July Ruritania and Freedonia each expelled two "
     "diplomats.", {("RR", "FD", 3), ("RR", "FD", 2), ("FD", "RR", 2)}),
])
def test_whose_people_a_pair_each_expelled(text, want):
    assert asserted(text) == want
