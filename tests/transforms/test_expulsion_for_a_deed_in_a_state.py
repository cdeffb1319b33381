"""People expelled "for spying in" a state were serving there: with no one named who expels, the state of the deed
is the host that sends them away ("the expulsion of 13 Freedonian diplomats for spying in Ruritania"), as after
"suspected of spying in". A state named as the one who expels keeps its part. Made-up sentences about made-up states,
read with the project's spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("The expulsion of 13 Freedonian diplomats for spying in Ruritania surprised no one.", {("RR", "FD", 13)}),
    ("Even if relations with Fredville are thrown into a freeze, the expulsion of 13 Freedonian diplomats for spying "
     "in Ruritania can only help the prime minister.", {("RR", "FD", 13)}),
])
def test_the_state_of_the_deed_sends_them_away(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text, want", [
    ("Graustark expelled 13 Freedonian diplomats for spying in Ruritania.", {("GK", "FD", 13)}),
    ("Ruritania expelled two Freedonian diplomats for meeting opposition leaders.", {("RR", "FD", 2)}),
])
def test_a_named_expeller_stays(text, want):
    assert asserted(text) == want
