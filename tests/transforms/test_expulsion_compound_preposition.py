""""In addition to expelling 60 Freedonian diplomats, Ruritania closed the Freedonian consulate": a gerund after a
preposition of several words ("in addition to", "on top of") is done by the subject of the verb the phrase hangs
on, as after "besides". Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "In addition to expelling 60 Freedonian diplomats, Ruritania closed the Freedonian consulate in Strelsau.",
    "On top of expelling 60 Freedonian diplomats, Ruritania closed the Freedonian consulate in Strelsau.",
])
def test_the_main_clauses_subject_expels(text):
    assert ("RR", "FD", 60, "asserted") in made_up_rows(text)
