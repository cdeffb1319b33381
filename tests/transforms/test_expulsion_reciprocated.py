""""Freedonia reciprocated": to reciprocate is to answer in kind, so a bare "reciprocated" (or with a time of its
own) after an expulsion mirrors it, as "responded in kind" does; "reciprocated by expelling two ..." is read from its
own trigger, and "reciprocated with sanctions" or "would reciprocate" tell no expulsion. Sentences written for
these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows

FIRST = "Ruritania expelled the Freedonian ambassador on Monday. "


@pytest.mark.parametrize("answer", ["Freedonia reciprocated.", "Freedonia reciprocated on Tuesday."])
def test_a_bare_reciprocated_mirrors_the_expulsion_before(answer):
    assert made_up_rows(FIRST + answer) == {("RR", "FD", 1, "asserted"), ("FD", "RR", 1, "asserted")}


def test_reciprocated_in_the_same_sentence_after_a_semicolon():
    assert made_up_rows("In 1998 Ruritania expelled the Freedonian ambassador; Freedonia reciprocated.",
                        sentence=r".+") == {("RR", "FD", 1, "asserted"), ("FD", "RR", 1, "asserted")}


@pytest.mark.parametrize("answer", ["Freedonia reciprocated with sanctions.", "Freedonia said it would reciprocate."])
def test_reciprocating_otherwise_or_later_is_no_expulsion(answer):
    assert made_up_rows(FIRST + answer) == {("RR", "FD", 1, "asserted")}
