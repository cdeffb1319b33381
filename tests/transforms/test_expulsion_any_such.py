"""An act told of "any" is none told as done: an expulsion noun determined by "any" ("the embassy said it was unaware
of any expulsions of its diplomats", as a fresh set's embassy statement put it), or a passive without a tense told of
people determined by "any" ("no knowledge of any diplomats being expelled"), is negated where the parse found no
denial (denials.any_such, at the end of modality.modality_of). "Any" on the object of a verb told as done ("expelled
any remaining diplomats") is all of them, still done. Made-up sentences about made-up states, parsed by the
project's real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows as rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


@pytest.mark.parametrize("text", [
    "The Ruritanian embassy said it was unaware of any expulsions of Ruritanian diplomats from Freedonia.",
    "The ministry said it was not aware of any expulsions of Ruritanian diplomats from Freedonia.",
    "The ministry dismissed talk of any expulsion of Ruritanian diplomats by Freedonia.",
    "The embassy has no knowledge of any Ruritanian diplomats being expelled from Freedonia.",
    "The embassy is unaware of any Ruritanian diplomats having been expelled by Freedonia.",
])
def test_an_expulsion_told_of_any_is_none_done(text):
    assert asserted(text) == set()


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled any remaining Freedonian diplomats on Monday.", {("RR", "FD", None)}),
    ("Ruritania ordered any Freedonian diplomats still in the country to leave within 48 hours.", {("RR", "FD", None)}),
    ("The embassy said it was unaware of the expulsion of two Ruritanian diplomats from Freedonia.", {("FD", "RR", 2)}),
])
def test_any_on_the_people_of_an_act_done_or_a_definite_expulsion_stays_done(text, want):
    assert asserted(text) == want
