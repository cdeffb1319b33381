"""A 'that' clause in the mandative subjunctive ("that he be declared persona non grata") says what should be done,
a wish or a resolution, unless the one who decides it governs it (mandatives.py)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "It is the sense of Congress that the credentials of the Freedonian ambassador be revoked, and he be declared "
    "persona non grata and immediately expelled from Ruritania.",
    "The resolution states that the Freedonian ambassador be expelled from Ruritania within 72 hours.",
])
def test_a_subjunctive_wish_is_no_expulsion_done(text):
    assert {row[3] for row in made_up_rows(text)} <= {"demand"}


def test_a_state_deciding_that_diplomats_be_expelled_expels_them():
    assert made_up_rows("Ruritania decided that two Freedonian diplomats be expelled.") == \
        {("RR", "FD", 2, "asserted")}


def test_a_finite_clause_tells_the_act():
    assert made_up_rows("Ruritania announced that the Freedonian ambassador was expelled.") == \
        {("RR", "FD", 1, "asserted")}
