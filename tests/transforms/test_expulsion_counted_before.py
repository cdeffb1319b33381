"""People named again by a bare definite plural ("expelling the diplomats") are as many as the last "the <number>
<noun>" the story told before them ("the three Freedonian diplomats had been chosen because ..."): the count a
reader carries, not an uncounted second expulsion. A later phrase of the same noun with no number ("the Freedonian
diplomats") counts none. Sentences written for these tests."""
from tests.expulsions_helpers import made_up_rows
from transforms.expulsions.person_state import counted_before

START = "Ruritania summoned the Freedonian ambassador on Monday. "
END = "As well as expelling the diplomats, Ruritania has also recalled its envoy."


def test_the_diplomats_are_as_many_as_the_number_told_before():
    text = START + "The foreign minister said the three Freedonian diplomats had been chosen because they were spies. " + END
    assert ("RR", "FD", 3, "asserted") in made_up_rows(text)


def test_no_number_told_before_leaves_them_uncounted():
    text = START + "The minister said the Freedonian diplomats had been chosen because they were spies. " + END
    assert ("RR", "FD", None, "asserted") in made_up_rows(text)


def test_the_last_such_phrase_counts():
    assert counted_before("the three diplomats met the Freedonian diplomats. He expelled the diplomats", 62,
                          "diplomats") is None
    assert counted_before("the 12 Freedonian diplomats left. He expelled the diplomats", 40, "diplomats") == 12
    assert counted_before("the two ambassador's aides. He expelled the ambassador", 40, "ambassador") is None
