""""all but one of its diplomats": the number names who stays, so the count of who goes is not given
(counts.parse_count, headcounts._head_count); made-up articles parsed by the project's real spaCy model."""
import pytest

from tests.transforms.test_expulsion_anaphora import events


@pytest.mark.parametrize("text, want", [
    ("Ruritania ordered all but one of Freedonia's diplomats to leave the country within 48 hours.",
     {("RR", "FD", None)}),
    ("Ruritania expelled all but two Freedonian diplomats on Monday.", {("RR", "FD", None)}),
    ("Ruritania told all but one of the 12 Freedonian diplomats to leave.", {("RR", "FD", None)}),
    ("Ruritania expelled all except one of the Freedonian diplomats.", {("RR", "FD", None)}),
    # a number with no "all but" before it still counts
    ("Ruritania expelled one of the Freedonian diplomats on Monday.", {("RR", "FD", 1)}),
    ("Ruritania expelled two Freedonian diplomats but allowed the ambassador to stay.", {("RR", "FD", 2)}),
])
def test_the_number_after_all_but_is_who_stays(text, want):
    assert events(text) == want
