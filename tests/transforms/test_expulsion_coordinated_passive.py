"""Two passive predicates joined on one subject ("A senior diplomat at the Freedonian Embassy has been identified as a
spy and has been ordered to leave the country", "were identified as spies and were ordered to leave") share it: the second
one's people are the first one's subject. Made-up sentences about made-up states, read with the project's spaCy
model."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("A senior diplomat at the Freedonian Embassy here has been identified as a spy and has been ordered to leave the "
     "country within seven days, the Ruritanian Prime Minister said today.", {("RR", "FD", 1)}),
    ("Two Freedonian diplomats were identified as spies and were ordered to leave Ruritania.", {("RR", "FD", 2)}),
])
def test_the_second_passive_shares_the_first_ones_subject(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text, want", [
    ("Three Freedonian attachés were summoned to the Ruritanian foreign ministry and were told to leave Ruritania.",
     {("RR", "FD", 3)}),
    # a second predicate with a subject of its own keeps it
    ("Two Freedonian journalists were detained and three Freedonian diplomats were ordered to leave Ruritania.",
     {("RR", "FD", 3)}),
])
def test_a_subject_of_its_own_stays(text, want):
    assert asserted(text) == want
