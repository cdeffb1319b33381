"""An expulsion told as come near to but not done ("Ruritania almost expelled the ambassador", "came close to
expelling him") or as failed ("failed to expel", "Ruritania's failure to expel") is no act (near_misses.py,
patterns/grammar.json near_miss_adverbs, near_miss_verbs, negating_governors; sentences written for these tests)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania came close to expelling the Freedonian ambassador.",
    "Ruritania almost expelled the Freedonian ambassador last year.",
    "Ruritania nearly expelled two Freedonian diplomats in 2019.",
    "Ruritania's failure to expel the Freedonian ambassador angered its allies.",
    "Critics say Ruritania failed to expel the Freedonian spies.",
])
def test_an_act_come_near_to_or_failed_is_not_done(text):
    rows = made_up_rows(text)
    assert rows and all(m == "negated" for *_, m in rows)


@pytest.mark.parametrize("text, count", [
    ("Ruritania expelled almost 50 Freedonian diplomats.", 50),
    ("The talks almost failed, but Ruritania expelled two Freedonian diplomats.", 2),
    ("Ruritania expelled two Freedonian diplomats almost immediately.", 2),
    ("Ruritania expelled two Freedonian diplomats who had failed to register.", 2),
])
def test_an_adverb_of_the_number_or_of_another_clause_keeps_the_act(text, count):
    assert made_up_rows(text) == {("RR", "FD", count, "asserted")}


@pytest.mark.parametrize("text, count", [
    ("By the time Freedonia expelled two Ruritanian diplomats, the talks had failed.", 2),
])
def test_a_failing_that_is_not_the_acts_keeps_it(text, count):
    assert made_up_rows(text) == {("FD", "RR", count, "asserted")}
