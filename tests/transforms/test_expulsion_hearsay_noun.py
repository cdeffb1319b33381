""""Freedonia's reported expulsion of a Ruritanian attaché": an expulsion noun whose own adjective passes it on
without vouching for it ("reported", "alleged", "purported", "unconfirmed") is not told as done, as "was
reportedly expelled" is not; the expulsion itself, or one a report tells ("Freedonia reported the expulsion
of ..."), stays told, and so does one the sentence says was confirmed. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Observers said the move answered Freedonia's reported expulsion last spring of a Ruritanian attaché.",
    "Freedonia protested against Ruritania's alleged expulsion of two Freedonian diplomats in May.",
    "Commentators linked the row to the purported expulsion of three Freedonian diplomats by Ruritania.",
    "Officials in Fredville would not discuss the unconfirmed expulsion of a Ruritanian diplomat by Freedonia.",
])
def test_an_expulsion_passed_on_by_its_adjective_is_not_told(text):
    assert not {r for r in made_up_rows(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text, row", [
    ("Ruritania's expulsion of two Freedonian diplomats in May angered Freedonia.", ("RR", "FD", 2, "asserted")),
    ("Freedonia reported the expulsion of two of its diplomats by Ruritania on Monday.", ("RR", "FD", 2, "asserted")),
    ("The swift expulsion of three Freedonian diplomats by Ruritania surprised observers.",
     ("RR", "FD", 3, "asserted")),
    ("Ruritania's alleged expulsion of two Freedonian diplomats was confirmed by Fredville on Monday.",
     ("RR", "FD", 2, "asserted")),
])
def test_an_expulsion_told_or_reported_as_done_stays_told(text, row):
    assert row in made_up_rows(text)
