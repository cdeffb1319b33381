"""A noun of expulsion or departure joined to another act the same verb orders ("Ruritania ordered the closure of
the Freedonian consulate and the expulsion of six diplomats", "... and the departure of six Freedonian diplomats")
is ordered by that verb's subject, as it is when it stands alone or first. Troops withdrawn, or acts a state
condemns, are no expulsion by it. Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {r[:3] for r in made_up_rows(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("Ruritania ordered the closure of the Freedonian consulate and the expulsion of six Freedonian diplomats.",
     {("RR", "FD", 6)}),
    ("Ruritania ordered the closure of the Freedonian consulate and the expulsion of its six staff.",
     {("RR", "FD", 6)}),
    ("Ruritania ordered the closure of the Freedonian consulate and the departure of six Freedonian diplomats.",
     {("RR", "FD", 6)}),
    ("Ruritania required the closure of the Freedonian trade office and the departure of four Freedonian officials.",
     {("RR", "FD", 4)}),
])
def test_an_expulsion_joined_to_another_ordered_act_is_ordered_too(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text", [
    "Ruritania ordered the closure of the Freedonian consulate and the withdrawal of Freedonian troops.",
    "Ruritania condemned the closure of its consulate and the expulsion of six Ruritanian diplomats.",
    # the departure of the shut mission's own staff is the closure told again, not an expulsion
    "Ruritania ordered the closure of the Freedonian consulate and the departure of its six staff.",
    "Ruritania ordered the closure of the Freedonian trade office and the departure of its staff within 72 hours.",
])
def test_troops_or_a_condemned_act_are_no_expulsion_by_the_subject(text):
    assert not {r for r in asserted(text) if r[0] == "RR"}
