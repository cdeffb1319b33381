"""A speaker's own telling ("I wish to inform the House that ...", "I have to tell the House that ...")
tells its 'that' clause as done: the wish or the "must" above the telling is the speaker's manner, not a
doubt on what is told. Another's wish keeps its doubt, and a telling denied ("could not confirm that ...")
leaves what it would have told unknown. A question of knowing takes as known what a noun phrase in its
clause names ("Is my right hon. Friend aware that the Government's decision to expel ... has ...?"), and the
Commons' "right hon. Friend" says whose parliament the bare "the Government" is (sentences written for these
tests)."""
import pytest

from tests.expulsions_helpers import made_up_rows
from transforms.expulsions.story import home_state


@pytest.mark.parametrize("text", [
    "Smith: I wish to inform the House that Ruritania has today required three members of the Freedonian embassy "
    "to leave the country.",
    "I have to tell the House that Ruritania has today expelled three Freedonian diplomats.",
    "We must report that Ruritania has expelled three Freedonian diplomats.",
    "I would like to announce that Ruritania has expelled three Freedonian diplomats.",
])
def test_a_speakers_own_telling_tells_the_expulsion_as_done(text):
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == {("RR", "FD", 3, "asserted")}


@pytest.mark.parametrize("text", [
    "I cannot confirm that Ruritania has expelled three Freedonian diplomats.",
    "The ministry could not confirm that Ruritania had expelled three Freedonian diplomats.",
    "The minister wishes to announce that Ruritania will expel three Freedonian diplomats.",
    "I wish to inform the House whether Ruritania should expel three Freedonian diplomats.",
])
def test_a_telling_denied_or_of_another_keeps_its_doubt(text):
    assert not [r for r in made_up_rows(text) if r[3] == "asserted"]


def _rows(text):
    return made_up_rows(text, "1980-05-01", sentence=r"(?:\b(?:Mr|Mrs|Dr|hon)\.|[^.?])+[.?]")


@pytest.mark.parametrize("text, want", [
    # a question of knowing takes as known what a noun phrase in its clause names, whatever its tense
    ("Is the Minister aware that Ruritania's decision to expel 25 Freedonian officials has the support of the "
     "House?", {("RR", "FD", 25, "asserted")}),
    ("Is the Minister aware that the expulsion by Ruritania of 25 Freedonian officials has the support of the "
     "House?", {("RR", "FD", 25, "asserted")}),
    # the Commons' "right hon. Friend" says whose parliament it is: its bare "the Government" is Britain
    ("Is my right hon. Friend aware that the Government's decision to expel 25 Freedonian officials has the "
     "support of the House?", {("GB", "FD", 25, "asserted")}),
    ("Is my right hon. and learned Friend aware that the Government's decision to expel 25 Freedonian officials "
     "has the support of the House?", {("GB", "FD", 25, "asserted")}),   # (so is its "right hon. and learned")
])
def test_a_question_of_knowing_takes_the_decision_it_names_as_done(text, want):
    assert {r for r in _rows(text) if r[3] == "asserted"} == want


@pytest.mark.parametrize("text", [
    "Is the Minister aware that Ruritania's threat to expel 25 Freedonian officials has angered the House?",
    "Is the Minister aware that Ruritania will expel 25 Freedonian officials?",
    "Is my right hon. Friend aware that the Government may expel 25 Freedonian officials?",
])
def test_a_question_of_knowing_keeps_a_threat_or_a_future_in_doubt(text):
    assert not [r for r in _rows(text) if r[3] == "asserted"]


@pytest.mark.parametrize("text, home", [
    ("Is my right hon. Friend aware of the figures?", "GB"),
    ("Does the right hon. Gentleman agree?", "GB"),
    ("My hon. Friend the Member for Strelsau asked a question.", None),   # "hon." alone: any Westminster house
])
def test_the_commons_right_hon_says_whose_parliament(text, home):
    assert home_state(text) == home
