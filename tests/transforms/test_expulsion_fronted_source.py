"""A fronted source ("According to Anton Weiss, 16 diplomats and four technical staff of the Freedonian embassy
are being expelled from Ruritania"): the parser may hang the clause's counted subject on the name as its
apposition; it is the clause's subject (sentences written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("According to Anton Weiss, 16 diplomats and four technical staff of the Freedonian embassy are being expelled "
     "from Ruritania.", {("RR", "FD", 20, "asserted")}),
    ("According to the ministry, 16 Freedonian diplomats were expelled from Ruritania.", {("RR", "FD", 16, "asserted")}),
])
def test_the_counted_people_after_a_fronted_source_are_the_subject(text, want):
    assert made_up_rows(text) == want
