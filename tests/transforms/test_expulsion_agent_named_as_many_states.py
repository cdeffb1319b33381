"""A "by" agent that the recogniser takes for a name of no state, and that is many states ("a series of expulsions of
Freedonian diplomats by Western Governments", "by the Gulf States"): the expulsions are a sum over those states, and
the state that owns another noun of the sentence ("The Ruritanian Government's action follows ...") is not the one who
expelled (actors.agent_phrase: the name's last word a plural of states, lexicon.STATE_PLURALS). A single name, or a
state's own name, after "by" stays as it was. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import MADE_UP

NAMES = {**MADE_UP, "Ruritanian Government": ("RR", "ORG", True), "Western Governments": (None, "OTHER", False),
         "Gulf States": (None, "OTHER", False), "Baltic States": (None, "OTHER", False)}



def _rows(text):
    from tests.expulsions_helpers import made_up_events
    return {(e.expelling_country, e.expelled_country, e.count, e.modality) for e in made_up_events(text, names=NAMES)}


@pytest.mark.parametrize("text", [
    "The Ruritanian Government's action follows a series of recent expulsions of Freedonian diplomats by Western "
    "Governments.",
    "The Ruritanian Government's decision follows the expulsion of Freedonian diplomats by the Gulf States.",
    "The Ruritanian Government's move came after expulsions of Freedonian diplomats by the Baltic States.",
])
def test_expulsions_by_a_name_of_many_states_are_a_sum_not_the_possessor_state(text):
    got = _rows(text)
    assert not any(a == "RR" and m == "asserted" for a, _, _, m in got)
    assert {(b, m) for _, b, _, m in got} == {("FD", "aggregate")}


def test_a_state_after_by_still_expels():
    assert _rows("The Ruritanian Government's action follows the expulsion of two Freedonian diplomats by Graustark.") \
        == {("GK", "FD", 2, "asserted")}


def test_the_expelling_state_named_in_the_clause_still_expels():
    assert _rows("The Ruritanian Government expelled two Freedonian diplomats on Monday.") == \
        {("RR", "FD", 2, "asserted")}
