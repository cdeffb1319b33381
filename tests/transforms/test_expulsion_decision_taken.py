"""A decision taken on an expulsion ("The Ministry of Foreign Affairs of X took the decision on the expulsion of
30 employees of the Y mission", as translations say it): who takes it expels, as the taking is told (a decision
still to be taken is no expulsion yet); and a count in brackets with "persons" ("Austria (4 persons)").
Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import READING_NAMES, grammar_readings, made_up_events
from transforms.expulsions import grammar as g


def readings(nlp, text):
    return grammar_readings(nlp, text, READING_NAMES)


@pytest.mark.parametrize("text, want", [
    ("The government of Ruritania took the decision on the expulsion from the country of 30 "
     "employees of the Freedonian diplomatic mission, reported the minister.", ("RR", "FD", 30, g.ASSERTED)),
    ("Ruritania has made a decision about the expulsion of 30 Freedonian diplomats.", ("RR", "FD", 30, g.ASSERTED)),
    ("Ruritania will take a decision on the expulsion of 30 Freedonian diplomats next week.",
     ("RR", "FD", 30, g.HYPOTHETICAL)),
    ("Ruritania has not yet taken a decision on the expulsion of 30 Freedonian diplomats.",
     ("RR", "FD", 30, g.NEGATED)),
])
def test_who_takes_the_decision_on_an_expulsion_expels_as_the_taking_is_told(nlp, text, want):
    assert want in readings(nlp, text)


def test_a_count_in_brackets_may_say_persons():
    text = "Expulsion of the Freedonian diplomats also announced Ruritania (4 persons), Graustark (12) and Syldavia (33)."
    got = {(e.expelling_country, e.expelled_country, e.count, e.modality) for e in made_up_events(text, "2022-04-06")}
    assert ("RR", "FD", 4, g.ASSERTED) in got and ("GK", "FD", 12, g.ASSERTED) in got, got
