""""That country" points back to the one state the sentence named before it as the object of a preposition ("closed
the border with Freedonia and ordered the ambassadors of that country and Graustark to leave"): its people are that
state's, alone or in a list of states. Made-up sentences about made-up states, parsed by the project's real spaCy
model."""
import pytest

from tests.expulsions_helpers import made_up_rows as rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("Ruritania closed the border with Freedonia on Monday and ordered the ambassadors of that country and Graustark "
     "to leave.", {("RR", "FD", 1), ("RR", "GK", 1)}),
    ("Ruritania closed the border with Freedonia and expelled the ambassador of that country.", {("RR", "FD", 1)}),
    ("Ruritania recalled its envoy from Freedonia and expelled two diplomats of that country.", {("RR", "FD", 2)}),
])
def test_the_people_of_that_country_are_the_state_named_before(text, want):
    assert asserted(text) == want


def test_that_country_after_two_states_stays_unknown():
    found = asserted("Ruritania closed its borders with Freedonia and Graustark and expelled two diplomats of that "
                     "country.")
    assert not any(b in ("FD", "GK") for _, b, _ in found)   # which of the two is not told
