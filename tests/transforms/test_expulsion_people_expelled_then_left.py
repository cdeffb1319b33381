""""The two Freedonian diplomats expelled last week left Strelsau on Friday": people a passive participle or a
relative clause tells were expelled, who are the subject of a verb of leaving a state, were sent out by the state
they left, when no one else is named who expels; a "by" or "from" on the participle still names who (sentences
written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("The two Freedonian diplomats expelled last week left Strelsau on Friday.", {("RR", "FD", 2)}),
    ("The two Freedonian diplomats expelled last week left Ruritania on Friday.", {("RR", "FD", 2)}),
    ("The two Freedonian diplomats, who were declared persona non grata, left Ruritania on Friday.",
     {("RR", "FD", 2)}),
])
def test_people_expelled_who_then_left_a_state_were_expelled_by_it(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text, want", [
    # who expels is named on the participle
    ("The two Freedonian diplomats expelled by Graustark last week left Ruritania on Friday.", {("GK", "FD", 2)}),
    ("The two Freedonian diplomats expelled from Graustark last week left Ruritania on Friday.", {("GK", "FD", 2)}),
    # where they went is no state they left
    ("The two Freedonian diplomats expelled last week left for Ruritania on Friday.", set()),
    # expelled from a party, accused: no expulsion from a state
    ("The two Freedonian diplomats, who were expelled from their party, left Strelsau on Friday.", set()),
    ("The two Freedonian diplomats accused of spying left Strelsau on Friday.", set()),
])
def test_a_named_expeller_a_destination_or_another_sense_is_not_the_state_left(text, want):
    assert asserted(text) == want
