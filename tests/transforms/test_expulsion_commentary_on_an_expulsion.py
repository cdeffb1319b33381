"""An expulsion noun under "regarding / about / concerning / on" a noun of commentary ("the messages from the press
regarding the expulsion of Freedonian diplomats are surprising") is talk about an act, not the act told: who expels
is only what its own phrase says ("Ruritania's expulsion of ...", "... by Ruritania"), never the one who comments
nor the story's sides (patterns/grammar.json commentary_nouns, topic_prepositions). A decision or note regarding an
expulsion is the act's own (its announcer is the actor). Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("Ruritania's foreign minister said on Monday: the messages from the press regarding the expulsion of Freedonian "
     "diplomats are surprising.", set()),
    ("Ruritania's president said the articles concerning the expulsion of Freedonian diplomats were lies.", set()),
    ("Ruritania said on Monday the articles about the expulsion of Freedonian diplomats were lies.", set()),
    ("The messages from the press regarding the expulsion of Freedonian diplomats are surprising, Ruritania's foreign "
     "minister said.", set()),
    # the act's own phrase names the one who expels: a real act, talked about
    ("Editorials on Ruritania's expulsion of two Freedonian diplomats were critical.", {("RR", "FD", 2)}),
    ("The comments about the expulsion of two Freedonian diplomats by Ruritania were surprising.", {("RR", "FD", 2)}),
    # a decision or note regarding an expulsion is the act itself
    ("Ruritania announced on Monday its decision regarding the expulsion of two Freedonian diplomats.",
     {("RR", "FD", 2)}),
    ("Ruritania's note regarding the expulsion of two Freedonian diplomats was delivered on Monday.", {("RR", "FD", 2)}),
    # told before in the story: still the one act
    ("Ruritania expelled 23 Freedonian diplomats on Monday. The messages from the press regarding the expulsion of "
     "Freedonian diplomats are surprising.", {("RR", "FD", 23)}),
])
def test_who_expels_when_an_expulsion_is_commented_on(text, want):
    assert asserted(text) == want
