"""A person out of office (a legislator, a commentator: a name the resolver gives a country but no state to act for)
who speaks of an expulsion by its noun ("X said the expulsion of 35 diplomats was a mistake") is not the one who
expels: their country is no actor (actors.subject_actor). A leader in office who speaks of it, a person out of office
as the subject of the verb, and a state named before a speaker still act. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import MADE_UP, made_up_events

NAMES = dict(MADE_UP, **{"Ivan Petrov": ("GK", "PERSON", False), "Chris Jones": ("FD", "PERSON", False),
                         "President Osric": ("GK", "PERSON", True)})


def _asserted(text):
    return {(e.expelling_country, e.expelled_country, e.count) for e in made_up_events(text, names=NAMES)
            if e.modality == "asserted"}


@pytest.mark.parametrize("text", [
    "Ivan Petrov said the expulsion of 35 Ruritanian diplomats was a mistake.",
    "In an interview, Chris Jones told that the expulsion of 35 Ruritanian diplomats was a political move.",
    "Ivan Petrov wrote that the expulsion of four Ruritanian diplomats had been long overdue.",
])
def test_a_private_person_speaking_of_an_expulsion_does_not_expel(text):
    assert _asserted(text) == set()


@pytest.mark.parametrize("text,row", [
    ("President Osric said the expulsion of 35 Ruritanian diplomats was necessary.", ("GK", "RR", 35)),
    ("Freedonia expelled 35 Ruritanian diplomats, Ivan Petrov said.", ("FD", "RR", 35)),
    ("Graustark expelled four Ruritanian diplomats on Monday.", ("GK", "RR", 4)),
])
def test_a_state_or_its_leader_still_expels(text, row):
    assert _asserted(text) == {row}
