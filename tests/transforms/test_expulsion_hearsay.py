"""Hearsay is no expulsion told as done: "rumours had it that ...", "the rumours regarding the expulsion of ...".
A report that merely sources a told expulsion ("..., reports said"), or an expulsion that a verb follows, stays
told. Made-up sentences about made-up states, parsed by the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows as rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


@pytest.mark.parametrize("text", [
    "Rumours had it that Ruritania had expelled eight Freedonian diplomats.",
    "I added that rumors had it that eight Freedonian diplomats had been expelled from Ruritania.",
    "The rumours regarding the expulsion of Freedonian diplomats by Ruritania were untrue.",
])
def test_hearsay_tells_no_expulsion(text):
    assert asserted(text) == set()


@pytest.mark.parametrize("text, event", [
    ("Ruritania expelled eight Freedonian diplomats, reports said.", ("RR", "FD", 8)),
    ("Ruritania retaliated following the expulsion of two Ruritanian diplomats by Freedonia.", ("FD", "RR", 2)),
])
def test_a_sourced_or_followed_expulsion_stays_told(text, event):
    assert asserted(text) == {event}
