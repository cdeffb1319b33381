"""One person named as "another" of the people and "also" expelled, after an expulsion of several of the same states
told before ("said Boris Orlov, another Freedonian official, was also being expelled"), is one of those counted, not
one more (events._another_named_member); "another" without a name in apposition, or a name after the verb, stays
one more. Made-up sentences about made-up states (tests/expulsions_helpers.py)."""
import pytest

from tests.expulsions_helpers import made_up_rows


def rows(text, published):
    return made_up_rows(text, published, sentence=r"[^\n]+")


@pytest.mark.parametrize("text, published, want", [
    ("Ruritania on Tuesday expelled two Freedonian officials accused of plotting a coup.\nThe president accused "
     "attache Ivan Petrov of meeting with officers and said Boris Orlov, another Freedonian official, was also being "
     "expelled.", "2013-10-01", {("RR", "FD", 2, "asserted")}),
    ("A total of 14 Freedonian diplomats have been expelled from Ruritania, officials said.\nAnother counselor, Ivan "
     "Petrov, listed as No. 5, was also ordered to leave, Ruritanian officials said.", "2003-05-14",
     {("RR", "FD", 14, "asserted")}),
])
def test_a_named_other_one_is_of_those_counted(text, published, want):
    assert rows(text, published) == want
