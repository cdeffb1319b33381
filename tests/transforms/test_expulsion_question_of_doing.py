"""A gerund of expelling after "of" on a noun of deliberation ("returned to the question of declaring the Freedonian
attaché persona non grata", "raised the issue of expelling the ambassador") names a course under discussion, not one
taken: hypothetical. The noun of an act after it ("the question of the expulsion of the two diplomats by Ruritania")
may name one done and is left as it was. Made-up sentences about made-up states, read with the project's spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"}


@pytest.mark.parametrize("text", [
    "I would like to return to the question of declaring the Freedonian attaché in Strelsau persona non grata.",
    "Ruritania raised the question of expelling the Freedonian ambassador.",
    "The Ruritanian cabinet took up the matter of expelling two Freedonian diplomats.",
])
def test_a_course_under_discussion_is_not_done(text):
    assert asserted(text) == set()


@pytest.mark.parametrize("text, want", [
    ("The question of the expulsion of the two Freedonian diplomats by Ruritania was raised in parliament.",
     {("RR", "FD", 2)}),
    ("Ruritania expelled the Freedonian ambassador and raised the question of sanctions.", {("RR", "FD", 1)}),
])
def test_an_act_named_by_its_noun_stays(text, want):
    assert asserted(text) == want
