"""An expulsion its own sentence dates a whole number of years back from the story ("a year ago", "last year", "two
years ago") is another one than the story's news of the same pair and count, as one with a written year is
(events._year_written, years.year_counted_back); told again with the same span, it is the same one. Made-up
articles parsed by the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_events

_NEWS = "Ruritania gave the Freedonian charge d'affaires 48 hours to leave the country. "


def _years(text):
    return sorted((e.expelling_country, e.expelled_country, e.count, e.event_year)
                  for e in made_up_events(text, published="2020-05-01") if e.modality == "asserted")


@pytest.mark.parametrize("text, want", [
    (_NEWS + "The Ruritanian president, who a year ago expelled the Freedonian ambassador, said relations were over.",
     [("RR", "FD", 1, 2019), ("RR", "FD", 1, 2020)]),
    (_NEWS + "Ruritania, which two years ago expelled the Freedonian ambassador, said relations were over.",
     [("RR", "FD", 1, 2018), ("RR", "FD", 1, 2020)]),
    ("Ruritania ordered a Freedonian diplomat to leave on Monday. Ruritania also expelled a Freedonian diplomat "
     "last year.", [("RR", "FD", 1, 2019), ("RR", "FD", 1, 2020)]),
])
def test_an_act_counted_back_in_years_is_another(text, want):
    assert _years(text) == want


def test_the_same_span_told_again_is_one_act():
    assert _years("Ruritania expelled the Freedonian ambassador last year. Ruritania's expulsion of the Freedonian "
                  "ambassador last year angered Fredville.") == [("RR", "FD", 1, 2019)]


def test_a_span_of_days_is_no_year_of_its_own():
    assert _years("Ruritania ordered a Freedonian diplomat to leave on Monday. Ruritania expelled a Freedonian "
                  "diplomat three days ago, officials said.") == [("RR", "FD", 1, 2020)]
