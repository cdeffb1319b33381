"""An agentless passive ("Six Ruritanian diplomats were expelled") takes its expeller from the story only from an
earlier expulsion of the same people, or when it tells an answer; a state that only expelled others in the story
is no one's expeller of its own people (transforms/expulsions/story.py _their_expeller)."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"}


@pytest.mark.parametrize("text, want, unwanted", [
    # the earlier expulsion is by the state whose people are expelled now: who expelled them is not told
    ("Ruritania expelled the Freedonian ambassador on Sunday. "
     "Six Ruritanian diplomats were expelled for supporting the ousted prime minister after the coup.",
     {("RR", "FD", 1)}, ("FD", "RR", 6)),
    ("Graustark has expelled two Syldavian diplomats. "
     "Four Graustarkian officials were expelled last week for backing the rebels.",
     {("GK", "SV", 2)}, ("SV", "GK", 4)),
])
def test_no_expeller_from_a_pair_of_other_people(text, want, unwanted):
    got = asserted(text)
    assert want <= got and unwanted not in got


@pytest.mark.parametrize("text, want", [
    # the same people expelled before: more of them, by the same state
    ("Ruritania expelled two Freedonian diplomats on Monday. Three more Freedonian diplomats were expelled on Friday.",
     ("RR", "FD", 3)),
    # an answer: the other side of the pair
    ("Ruritania expelled two Freedonian diplomats on Monday. "
     "In response, two Ruritanian diplomats were expelled on Friday.",
     ("FD", "RR", 2)),
])
def test_expeller_from_the_same_people_or_an_answer(text, want):
    assert want in asserted(text)


def test_an_indefinite_doer_is_not_the_story_other_side():
    """"by a foreign government": one state, which not said (indefinite.py), not the other side of the story's
    pair; the generic remark asserts no expulsion."""
    assert asserted("Freedonia expelled two Ruritanian diplomats on Monday. It is rare that a Freedonian ambassador "
                    "is declared persona non grata by a foreign government.") == {("FD", "RR", 2)}
