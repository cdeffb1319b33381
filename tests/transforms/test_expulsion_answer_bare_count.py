"""A bare count after a verb of expelling that the parser hangs on the verb as its number ("Freedonia responded by
expelling five": "five" a nummod of "expelling") is the verb's object (arguments_expel._bare_count_after) and, as
"expelled 17", the people of the expulsion told before (expelled_people._people_told_before): the answer is its own
round, as a timeline's ("1985: Freedonia responds by expelling five"). A body of no state that answers ("The
university responded by expelling five") expels no state's diplomats, whoever its clause's subject is. Sentences
written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows

_BEFORE = "Ruritania expelled three Freedonian diplomats on Monday. "


@pytest.mark.parametrize("text", [
    "Freedonia responded by expelling five.",
    "Freedonia retaliated, expelling five.",
    "Freedonia responded in 1985 by expelling five.",
])
def test_an_answer_with_a_bare_count_is_its_own_round(text):
    assert ("FD", "RR", 5, "asserted") in made_up_rows(_BEFORE + text)


def test_a_timeline_answer_is_a_second_round():
    text = "1983: Freedonia expels three Ruritanian diplomats. 1985: Freedonia responds by expelling five."
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == {("FD", "RR", 3, "asserted"),
                                                                     ("FD", "RR", 5, "asserted")}


@pytest.mark.parametrize("text", [
    "The university responded by expelling five.",
    "Freedonia responded by expelling five journalists.",
])
def test_no_state_answer_adds_no_expulsion_of_diplomats(text):
    assert made_up_rows(_BEFORE + text) == {("RR", "FD", 3, "asserted")}
