"""People sent out of where the text stands with no one named who expels them. "Ordered out", in a list of several nationalities (sentences
written for these tests): "out" of "the country" or of no place said sends them from where the text stands,
so the dateline's state expels each group; a story with no dateline and no other side says no one. (Not yet
read: "ordered out of the meeting", where the window rules still give the dateline's state one group of all.)
People "declared persona non grata" by no one named: only the state they serve in can declare that, so the
dateline's state, or the story's other side; with neither, no one."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {r[:3] for r in made_up_rows(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text", [
    "STRELSAU - Two Freedonian diplomats, a Graustarkian attache and three Syldavian embassy officials were "
    "ordered out on Thursday, the official news agency said.",
    "STRELSAU - Two Freedonian diplomats, a Graustarkian attache and three Syldavian embassy officials have been "
    "ordered out of the country, the radio said on Thursday.",
])
def test_each_group_ordered_out_is_expelled_by_the_datelines_state(text):
    assert asserted(text) == {("RR", "FD", 2), ("RR", "GK", 1), ("RR", "SV", 3)}


def test_with_no_dateline_no_one_expels_them():
    text = "Two Freedonian diplomats, a Graustarkian attache and three Syldavian embassy officials were " \
           "ordered out on Thursday, a news agency said."
    assert asserted(text) == set()



@pytest.mark.parametrize("text", [
    "STRELSAU - The Freedonian military attache was declared persona non grata on Monday for spying.",
    "STRELSAU - Two Freedonian embassy officials met exiled plotters, officials said. "
    "The pair were declared persona non grata on Thursday and flew home the next day.",
])
def test_declared_persona_non_grata_by_no_one_named_is_by_the_datelines_state(text):
    assert {r[:2] for r in asserted(text)} == {("RR", "FD")}


def test_declared_persona_non_grata_with_no_dateline_is_by_no_one():
    assert asserted("The Freedonian military attache was declared persona non grata on Monday for spying.") == set()


def test_declared_persona_non_grata_by_a_state_named_is_by_that_state():
    text = "STRELSAU - The Ruritanian military attache was declared persona non grata by Freedonia on Monday."
    assert asserted(text) == {("FD", "RR", 1)}
