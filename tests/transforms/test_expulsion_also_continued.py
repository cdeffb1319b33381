"""An expulsion added with "also", in the passive with no agent, continues the act the sentence before told: "Ruritania
expelled two Freedonian diplomats on Monday. A Graustarkian attache was also asked to leave" is Ruritania's act
(continued_acts.py); with no act before, or acts of several states, no state is guessed. Sentences written for these
tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, count", [
    ("Ruritania expelled two Freedonian diplomats on Monday. A Graustarkian attache was also asked to leave.", 1),
    ("Ruritania expelled two Freedonian diplomats on Monday. A Graustarkian diplomat was also expelled.", 1),
    ("Ruritania expelled two Freedonian diplomats on Monday. Two Graustarkian diplomats were also declared persona "
     "non grata.", 2),
])
def test_the_act_before_gives_the_actor(text, count):
    assert made_up_rows(text) == {("RR", "FD", 2, "asserted"), ("RR", "GK", count, "asserted")}


@pytest.mark.parametrize("text", [
    "Freedonia protested on Monday. A Graustarkian attache was also asked to leave.",
    "Ruritania said it might expel two Freedonian diplomats. A Graustarkian attache was also asked to leave.",
    "Ruritania and Graustark expelled two Freedonian diplomats each on Monday. A Syldavian attache was also asked to "
    "leave.",
    "Ruritania expelled two Freedonian diplomats on Monday. A Graustarkian attache was asked to leave.",
])
def test_no_one_act_before_or_no_also_gives_no_actor(text):
    assert not any(actor is not None and expelled in ("GK", "SV") and modality == "asserted"
                   for actor, expelled, _, modality in made_up_rows(text))


def test_an_agent_named_acts_itself():
    text = "Ruritania expelled two Freedonian diplomats on Monday. A Graustarkian attache was also asked to leave " \
           "by Syldavia."
    assert ("SV", "GK", 1, "asserted") in made_up_rows(text)
