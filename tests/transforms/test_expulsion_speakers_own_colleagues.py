"""An envoy who tells of the expulsion of "his" colleagues or staff ("Freedonia's ambassador told the council that
Ruritania had just expelled twelve of his colleagues") speaks of his own mission's people: they are diplomats, and
his state's; also where the parser hangs the "that" clause on the one told as a relative clause with "that" its
object. Made-up sentences about made-up states, read with the project's spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("The Freedonian ambassador informed the council that Ruritania had just expelled twelve of his colleagues from "
     "the country.", {("RR", "FD", 12)}),
    ("The Freedonian ambassador told reporters that Ruritania had expelled four of his staff.", {("RR", "FD", 4)}),
    ("The Freedonian ambassador said Ruritania had expelled twelve of his colleagues.", {("RR", "FD", 12)}),
    ("Freedonia's permanent representative told the council that Ruritania had expelled twelve of his colleagues.",
     {("RR", "FD", 12)}),
    # "that" read by the parser as a relative pronoun on "the body": still the clause told
    ("The Freedonian ambassador informed the body that Ruritania had just expelled twelve of his colleagues from the "
     "country.", {("RR", "FD", 12)}),
])
def test_the_speaking_envoys_own_people(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text, want", [
    # people with a nationality of their own keep it
    ("The Freedonian ambassador said Ruritania had expelled twelve Graustarkian diplomats.", {("RR", "GK", 12)}),
    # no possessive: no one's colleagues
    ("The Freedonian ambassador said Ruritania had expelled twelve journalists.", set()),
])
def test_other_people_are_not_the_speakers(text, want):
    assert asserted(text) == want
