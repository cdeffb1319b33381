"""An answer told with no time of its own ("In response, ...", "retaliated by expelling") is of the year of the
expulsion it answers, when the story told that one's year; an answer with a time of its own keeps it. Sentences
written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_events
from transforms.expulsions.years import answer_of_no_time


@pytest.mark.parametrize("sentence, no_time", [
    ("In response, Ruritania expelled several Freedonian diplomats.", True),
    ("Ruritania retaliated by expelling four Freedonian diplomats.", True),
    ("On Monday, Ruritania retaliated by expelling four Freedonian diplomats.", False),
    ("In 1984 Ruritania retaliated by expelling four Freedonian diplomats.", False),
    ("Ruritania retaliated last week by expelling four Freedonian diplomats.", False),
    ("Ruritania expelled four Freedonian diplomats.", False),
])
def test_an_answer_of_no_time_of_its_own(sentence, no_time):
    assert answer_of_no_time(sentence) is no_time


def _years(text, published):
    return {(e.expelling_country, e.expelled_country, e.event_year) for e in made_up_events(text, published)
            if e.modality == "asserted"}


def test_the_answer_is_of_the_year_of_what_it_answers():
    text = "In 1983, Ruritania expelled 47 Freedonian diplomats. In response, Freedonia expelled several Ruritanian " \
           "diplomats."
    assert _years(text, "2015-01-01") == {("RR", "FD", 1983), ("FD", "RR", 1983)}


def test_an_answer_with_a_day_of_its_own_is_of_the_published_year():
    text = "In 1985 Ruritania expelled 25 Freedonian diplomats. On Monday, Freedonia retaliated by expelling 23 " \
           "Ruritanian diplomats."
    assert _years(text, "2018-04-01") == {("RR", "FD", 1985), ("FD", "RR", 2018)}
