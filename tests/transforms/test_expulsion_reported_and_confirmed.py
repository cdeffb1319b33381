""""The ministry in Strelsau confirmed on Tuesday the reported expulsion last week of three Freedonian diplomats":
a hearsay adjective on an expulsion noun passes the act on unvouched, unless a verb of confirming told as done has
the noun as its object (or its subject in the passive); a confirming denied, refused, still to come, in a modal or
asked about vouches for nothing (sentences written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows

SENTENCE = r"[^.?]+[.?]"


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text, sentence=SENTENCE) if m == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("The ministry in Strelsau confirmed on Tuesday the reported expulsion last week of three Freedonian diplomats.",
     {("RR", "FD", 3)}),
    ("Ruritania confirmed the alleged expulsion of three Freedonian diplomats.", {("RR", "FD", 3)}),
    ("The foreign ministry acknowledged the reported expulsion of three Freedonian diplomats from Ruritania.",
     {("RR", "FD", 3)}),
])
def test_a_reported_expulsion_a_verb_of_confirming_vouches_for_is_told_as_done(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text", [
    "Ruritania did not confirm the reported expulsion of three Freedonian diplomats.",
    "Ruritania refused to confirm the reported expulsion of three Freedonian diplomats.",
    "Ruritania could not confirm the reported expulsion of three Freedonian diplomats.",
    "Ruritania will confirm the reported expulsion of three Freedonian diplomats on Monday, officials said.",
    "Has Ruritania confirmed the reported expulsion of three Freedonian diplomats?",
    "Freedonia asked whether Ruritania had confirmed the reported expulsion of three Freedonian diplomats.",
    "Freedonian newspapers carried the reported expulsion of three Freedonian diplomats from Ruritania.",
])
def test_a_reported_expulsion_not_confirmed_as_done_stays_hearsay(text):
    assert asserted(text) == set()
