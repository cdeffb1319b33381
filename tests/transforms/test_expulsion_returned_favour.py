"""An answer in kind after an expulsion ("Freedonia returned the favour", "retaliated in kind", "responded in kind") is
the expulsion told before turned round, in kind but not in number: with no number of its own, how many it expelled
is not told (no count), unless what it answers was one person ("expelled the ambassador; Freedonia returned the
favour": one for one), or it says the number ("the same number", "four"). "Returned the favour by raising tariffs"
says another answer; a favour said of a loan, by a third state, to come or not done is no expulsion. Made-up
sentences about made-up states, read with the project's spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"}


FOUR = "Ruritania expelled four Freedonian diplomats on Monday. "
AMBASSADOR = "Ruritania expelled the Freedonian ambassador on Monday. "


@pytest.mark.parametrize("text", [
    FOUR + "Freedonia returned the favour on Tuesday.",
    FOUR + "Freedonia returned the favor a day later.",
    FOUR + "Fredville promptly returned the favour.",
    "Ruritania expelled four Freedonian diplomats, and Freedonia returned the favour.",
])
def test_returned_the_favour_is_an_answer_in_kind_of_no_told_count(text):
    assert asserted(text) == {("RR", "FD", 4), ("FD", "RR", None)}


@pytest.mark.parametrize("text", [
    FOUR + "Freedonia retaliated in kind.",
    FOUR + "Freedonia responded in kind on Tuesday.",
    "Ruritania expelled four Freedonian diplomats and Freedonia responded in kind.",
])
def test_an_answer_in_kind_to_several_does_not_guess_their_number(text):
    assert asserted(text) == {("RR", "FD", 4), ("FD", "RR", None)}


@pytest.mark.parametrize("text", [
    AMBASSADOR + "Freedonia returned the favour on Tuesday.",
    AMBASSADOR + "Freedonia returned the compliment.",
    AMBASSADOR + "Freedonia responded in kind.",
])
def test_an_answer_in_kind_to_one_person_is_one_for_one(text):
    assert asserted(text) == {("RR", "FD", 1), ("FD", "RR", 1)}


@pytest.mark.parametrize("text, want", [
    (FOUR + "Freedonia returned the favour by expelling three Ruritanian diplomats.", ("FD", "RR", 3)),
    (FOUR + "Freedonia responded in kind, expelling the same number of Ruritanian diplomats.", ("FD", "RR", 4)),
    (FOUR + "Freedonia expelled four Ruritanian diplomats in kind.", ("FD", "RR", 4)),
])
def test_an_answer_that_tells_its_number_keeps_it(text, want):
    assert asserted(text) == {("RR", "FD", 4), want}


@pytest.mark.parametrize("text, want", [
    (FOUR + "Freedonia returned the favour by raising tariffs on Ruritanian wine.", {("RR", "FD", 4)}),
    (FOUR + "Freedonia said it would return the favour.", {("RR", "FD", 4)}),
    (FOUR + "Freedonia did not return the favour.", {("RR", "FD", 4)}),
    (FOUR + "Freedonia may return the favour.", {("RR", "FD", 4)}),
    (FOUR + "Graustark returned the favour.", {("RR", "FD", 4)}),
    ("Ruritania lent Freedonia two million dollars in 2010. Freedonia returned the favour in 2015.", set()),
])
def test_a_favour_returned_otherwise_or_not_yet_is_no_expulsion(text, want):
    assert asserted(text) == want
