""""Freedonian diplomats were accused of spying. Ruritania expelled twelve of them": a partitive object "N of them"
after a sentence that names diplomatic people of one nationality and tells no expulsion of its own is N of those
people (the sentence before need not tell another state's expulsion); after the actor's own expulsion it is some of
that act, and people who are no diplomats stay no event (sentences written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("Ruritania accused Freedonian diplomats of spying. It expelled twelve of them on Monday.", {("RR", "FD", 12)}),
    ("Freedonia's diplomats in Strelsau were accused of spying. Ruritania expelled twelve of them on Monday.",
     {("RR", "FD", 12)}),
    ("Freedonia's embassy in Strelsau has 40 diplomats. Ruritania expelled twelve of them on Monday.",
     {("RR", "FD", 12)}),
])
def test_some_of_the_diplomats_named_before_are_that_many_of_their_nationality(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text, want", [
    # some of the actor's own expulsion told before: no second act
    ("Ruritania expelled 60 Freedonian diplomats on Monday. It expelled four of them from the Freedonian consulate "
     "in Klow.", {("RR", "FD", 60)}),
    # no diplomats: activists
    ("Police in Strelsau detained 60 Freedonian activists on Monday. Ruritania expelled four of them.", set()),
    # recalled, not expelled
    ("Freedonia has 60 diplomats in Strelsau. Freedonia recalled four of them on Monday.", set()),
    # not done
    ("Ruritania accused Freedonian diplomats of spying. It did not expel any of them.", set()),
])
def test_some_of_them_of_the_same_act_of_no_diplomats_or_not_done_is_no_new_event(text, want):
    assert asserted(text) == want
