"""People a sentence places in a team, a mission or a force of an organisation of many states serve that
organisation, whatever their nationality (international_teams.py): putting them out is another sense; a state's own
mission to the organisation and people named as diplomats stay diplomats. Sentences written for these tests, about
made-up states, in a story that speaks of diplomats."""
import pytest

from tests.expulsions_helpers import made_up_rows

BEFORE = "Ruritania expelled two Freedonian diplomats last year. "
EARLIER = ("RR", "FD", 2, "asserted")


pytestmark = pytest.mark.usefixtures("freedonians_as_people")


@pytest.mark.parametrize("text", [
    "Ruritania raised the stakes on Thursday by expelling six Freedonians on a UN weapons inspection team.",
    "Ruritania expelled four Freedonians with the UN observer force on Monday.",
    "Ruritania is expelling Freedonian and Graustarkian peacekeepers from the United Nations mission monitoring the border.",
    "Ruritania ordered Freedonian monitors of the OSCE mission to leave within ten days.",
])
def test_people_of_an_international_unit_are_no_states_diplomats(text):
    assert made_up_rows(BEFORE + text) == {EARLIER}


@pytest.mark.parametrize("text, count", [
    ("Ruritania expelled six Freedonians on Thursday.", 6),
    ("Ruritania expelled two Freedonian diplomats at the UN mission.", 2),
    ("Ruritania expelled three members of the Freedonian mission to the United Nations.", 3),
    ("Ruritania expelled six Freedonians on the staff of the embassy.", 6),
])
def test_a_states_own_people_stay_its_diplomats(text, count):
    assert ("RR", "FD", count, "asserted") in made_up_rows(BEFORE + text)


@pytest.mark.parametrize("text", [
    "Ruritania expelled six Freedonian monitors of the ceasefire mission.",
    "Ruritania ordered five members of the Freedonian peacekeeping mission to leave within ten days.",
    "Five members of the Freedonian peacekeeping mission were expelled by Ruritania.",
    "Ruritania declared five members of the Freedonian ceasefire monitoring mission persona non grata.",
])
def test_a_mission_named_by_a_task_no_embassy_does_is_no_states_mission(text):
    assert made_up_rows(BEFORE + text) == {EARLIER}


@pytest.mark.parametrize("text, count", [
    ("Ruritania expelled three members of the Freedonian trade mission.", 3),
    ("Ruritania expelled four members of the Freedonian military mission.", 4),
    ("Ruritania expelled three members of the Freedonian observer mission to the United Nations.", 3),
])
def test_a_states_own_missions_stay_missions(text, count):
    assert ("RR", "FD", count, "asserted") in made_up_rows(BEFORE + text)
