"""People "declared persona non grata" in a reduced relative the parser reads as the verb of the sentence ("The
expulsion of X diplomats declared persona non grata has started in Y"), and a state after the status (sentences
written for these tests): the people are the noun right before "declared", and a state after the status is
where, never who is declared."""
from tests.expulsions_helpers import made_up_rows


def test_a_reduced_relative_declares_the_people_before_it():
    text = "The process of expulsion of Syldavian diplomats declared persona non grata has started in Ruritania, " \
           "the ministry said. The ambassador was told that four employees of the Syldavian embassy were declared " \
           "persona non grata by the Ruritanian government."
    assert made_up_rows(text) == {("RR", "SV", 4, "asserted")}   # (never Syldavia expelling a Ruritanian)


def test_the_people_after_the_status_are_still_read():
    text = "Ruritania declared persona non grata on Thursday the Syldavian ambassador in Strelsau."
    assert ("RR", "SV", 1, "asserted") in made_up_rows(text)
