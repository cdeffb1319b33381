""""Freedonia responded in kind on Tuesday after Ruritania expelled six of its diplomats": an answer in kind whose
sentence tells the act it answers in a clause of time or reason after it ("after", "because") turns that act round
(no count: in kind, not in number), as it does when the act is told in the sentence before; a time on the verb ("on
Tuesday") is no object of the answer. An answer still to come, one that says it was something else ("by raising
tariffs"), or one after no expulsion is none (sentences written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows

SIX = ("RR", "FD", 6)


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"}


@pytest.mark.parametrize("text", [
    "Freedonia responded in kind on Tuesday after Ruritania expelled six of its diplomats.",
    "Freedonia retaliated in kind after Ruritania expelled six Freedonian diplomats.",
    "Freedonia reciprocated on Tuesday after Ruritania expelled six of its diplomats.",
    "Freedonia responded in kind because Ruritania had expelled six of its diplomats.",
])
def test_an_answer_in_kind_to_the_act_its_clause_of_time_tells_turns_it_round(text):
    assert asserted(text) == {SIX, ("FD", "RR", None)}


@pytest.mark.parametrize("text, want", [
    ("Freedonia has yet to respond in kind after Ruritania expelled six of its diplomats.", {SIX}),
    ("Freedonia vowed to respond in kind after Ruritania expelled six of its diplomats.", {SIX}),
    ("Freedonia reciprocated by raising tariffs after Ruritania expelled six of its diplomats.", {SIX}),
    ("Freedonia responded in kind against Ruritanian banks after Ruritania expelled six of its diplomats.", {SIX}),
    ("Freedonia protested on Tuesday after Ruritania expelled six of its diplomats.", {SIX}),
    ("Freedonia responded in kind after Ruritania raised tariffs on Freedonian cheese.", set()),
])
def test_an_answer_to_come_of_another_kind_or_to_no_expulsion_is_none(text, want):
    assert asserted(text) == want
