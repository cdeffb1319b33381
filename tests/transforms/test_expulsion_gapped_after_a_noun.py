""""The expulsions of 23 Freedonian diplomats by Ruritania and 13 by Graustark were announced": a number conjoined
to an expulsion noun with an agent of its own (a state) is that state's expulsion of as many of the same people,
told as the noun is; a number of another act ("the arrest of 13") or an agent that is no state is none (sentences
written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("The expulsions of 23 Freedonian diplomats by Ruritania and 13 by Graustark were announced on Monday.",
     {("RR", "FD", 23, "asserted"), ("GK", "FD", 13, "asserted")}),
    ("Freedonia protested against the expulsion of 23 of its diplomats by Ruritania and 13 by Graustark.",
     {("RR", "FD", 23, "asserted"), ("GK", "FD", 13, "asserted")}),
    ("The threatened expulsions of 23 Freedonian diplomats by Ruritania and 13 by Graustark were called off.",
     {("RR", "FD", 23, "hypothetical"), ("GK", "FD", 13, "hypothetical")}),
])
def test_a_number_with_an_agent_of_its_own_after_an_expulsion_noun_is_that_states_act(text, want):
    assert made_up_rows(text) == want


@pytest.mark.parametrize("text", [
    "The expulsions of 23 Freedonian diplomats by Ruritania and the arrest of 13 by Graustark were announced on Monday.",
    "The expulsions of 23 Freedonian diplomats by Ruritania and 13 by the police were announced on Monday.",
])
def test_another_act_or_an_agent_of_no_state_adds_nothing(text):
    assert made_up_rows(text) == {("RR", "FD", 23, "asserted")}
