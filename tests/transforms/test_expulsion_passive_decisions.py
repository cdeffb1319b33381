"""A decision or a resolution to expel, told in the passive: the agent of the verb that takes or adopts it decided
the expulsion (passive_decisions.py), as the subject of the active verb does."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, count", [
    ("A resolution to expel the Freedonian envoy was adopted by Ruritania.", 1),
    ("A decision to expel the Freedonian envoy was taken by Ruritania on Tuesday.", 1),
    ("A decision to expel three Freedonian diplomats was approved by the Ruritanian cabinet.", 3),
])
def test_the_agent_of_the_decision_expels(text, count):
    assert made_up_rows(text) == {("RR", "FD", count, "asserted")}


def test_a_parliament_adopting_a_resolution_is_still_its_word():
    assert made_up_rows("A resolution to expel the Freedonian envoy was adopted by the Ruritanian parliament.") == \
        {("RR", "FD", 1, "hypothetical")}


@pytest.mark.parametrize("text", [
    "A decision to expel the Freedonian envoy was criticised by Ruritania.",
    "The decision to expel the Freedonian envoy was welcomed by Graustark.",
    "A plan to expel the Freedonian envoy was leaked by Ruritania.",
])
def test_one_who_only_speaks_of_the_decision_does_not_expel(text):
    assert not {r for r in made_up_rows(text) if r[0] is not None}
