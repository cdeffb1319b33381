"""A sentence dated by "at that time", "that year" or "the same year", with no year of its own, is of the last year the
sentence before it tells ("No Freedonian envoy has been expelled since November 1988. At that time a Freedonian
diplomat was ordered to leave"), and so another expulsion than one of the same states and number told with the
story's own year. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_events
from transforms.expulsions.years import year_of_that_time


def _asserted(text):
    return sorted((e.expelling_country, e.expelled_country, e.count, e.event_year)
                  for e in made_up_events(text, "2002-06-14") if e.modality == "asserted")


def test_at_that_time_takes_the_year_of_the_sentence_before():
    text = ("Ruritania today ordered the expulsion of a Freedonian diplomat for spying. "
            "No Freedonian envoy had been expelled from Ruritania since November 1988. "
            "At that time a Freedonian diplomat in Strelsau was ordered to leave.")
    assert _asserted(text) == [("RR", "FD", 1, 1988), ("RR", "FD", 1, 2002)]


@pytest.mark.parametrize("sentence, before, year", [
    ("That year Ruritania expelled two.", "Relations broke down in 1979. ", 1979),
    ("The same year Ruritania expelled two.", "In 1971 Freedonia expelled 105. Talks failed in 1975. ", 1975),
    ("At that time Ruritania expelled two.", "In 1979 talks began. Nothing happened. ", None),   # not the sentence before
    ("At the time, in 1985, Ruritania expelled two.", "Relations broke down in 1979. ", None),   # a year of its own
    ("Ruritania expelled two.", "Relations broke down in 1979. ", None),
])
def test_the_year_of_that_time(sentence, before, year):
    assert year_of_that_time(sentence, before) == year
