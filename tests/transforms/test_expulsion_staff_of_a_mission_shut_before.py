"""People named only by "its" after a sentence in which a state shuts another state's mission: "Syldavia closed
the Graustarkian embassy on Tuesday. All its diplomats were ordered to leave within 48 hours" tells Syldavia
sending away Graustark's diplomats (missions_before.py). A state shutting its own mission, a mission that closes
with no one closing it, two missions, or "its own" people give no expulsion. Made-up sentences about made-up
states, parsed by the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows as rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("Syldavia closed the Graustarkian embassy on Tuesday. All its diplomats were ordered to leave within 48 hours.",
     ("SV", "GK", None)),
    ("Graustark shut the Syldavian consulate in Edelweiss after the riots. Its staff were expelled.",
     ("GK", "SV", None)),
    ("The Freedonian government closed the Ruritanian mission last week. Its 14 diplomats were told to leave.",
     ("FD", "RR", 14)),
    ("Freedonia ordered the closure of the embassy of Syldavia. All its personnel must leave the country by Sunday.",
     ("FD", "SV", None)),
])
def test_the_people_of_a_mission_a_state_shut_are_sent_away_by_it(text, want):
    assert asserted(text) == {want}


@pytest.mark.parametrize("text", [
    # a state shutting its own mission abroad recalls its people
    "Graustark closed its embassy in Syldavia. All its diplomats were ordered to leave.",
    "Syldavia closed its embassy in Edelweiss on Friday. Its staff were ordered to return home.",
    # no one shuts the mission
    "The Syldavian embassy in Edelweiss closed on Friday. All its diplomats were ordered to leave.",
    "The Syldavian embassy in Edelweiss was damaged by a storm. Its diplomats were ordered to leave the building.",
    # two missions: whose "its" people are, not said
    "Graustark closed the Syldavian embassy and the Freedonian consulate. Its diplomats were ordered to leave.",
    # a state that does something else to the mission
    "Graustark criticised the Syldavian embassy on Friday. Its diplomats were ordered to leave.",
    # a verb that sends no one away
    "Graustark closed the Syldavian embassy on Friday. All its diplomats were evacuated.",
])
def test_no_one_is_sent_away_otherwise(text):
    assert asserted(text) == set()
