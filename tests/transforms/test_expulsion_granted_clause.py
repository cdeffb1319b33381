"""A governor of modality governs only the clause it takes as its content: an expulsion told in an adverbial
clause beside it ("While Ruritania expelled one diplomat, the press claimed that ...", "Although ..., Freedonia
threatened to ...") is told as done (told.granted_clause), while one inside what is claimed stays untold
("Freedonia claimed that Ruritania had expelled ..."). Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


def _asserted(text):
    return {r[:3] for r in made_up_rows(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("While Ruritania expelled one Freedonian diplomat last week, the press claimed that the diplomat was a spy.",
     {("RR", "FD", 1)}),
    ("Although Ruritania expelled two Freedonian diplomats, Freedonia alleged that they had done nothing wrong.",
     {("RR", "FD", 2)}),
    ("When Ruritania expelled two Freedonian diplomats, Freedonia claimed that the move was illegal.",
     {("RR", "FD", 2)}),
    ("Although two Freedonian diplomats were expelled by Ruritania, Freedonia alleged that the expulsion was unlawful.",
     {("RR", "FD", 2)}),
    ("While Ruritania expelled two Freedonian diplomats, Syldavia threatened to close its embassy.",
     {("RR", "FD", 2)}),
    ("Although Ruritania expelled two Freedonian diplomats, Freedonia threatened to respond.", {("RR", "FD", 2)}),
])
def test_an_expulsion_beside_a_claim_or_threat_is_told_as_done(text, want):
    assert _asserted(text) == want


@pytest.mark.parametrize("text", [
    "Freedonia claimed that Ruritania had expelled two of its diplomats.",
    "Freedonia claimed that, while Ruritania expelled two of its diplomats, Syldavia did nothing.",
    "Freedonia alleged that Ruritania expelled two of its diplomats while it was hosting talks.",
    "Freedonia threatened to expel two Ruritanian diplomats after Ruritania closed its consulate.",
])
def test_an_expulsion_inside_what_is_claimed_stays_untold(text):
    assert _asserted(text) == set()
