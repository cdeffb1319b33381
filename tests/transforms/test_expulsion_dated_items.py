"""A chronology's item opens with a dated label ("* March 2011: ..."): the label dates every sentence of the item,
not only the one it stands in, and two items of the same year are two expulsions even of the same pair and number;
an item that repeats an expulsion the story told with its year before stays one. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_events
from transforms.expulsions.years import paragraph_label_year

SENTENCES = r"[^.\n]+[.\n]"


def _asserted(text):
    return sorted((e.expelling_country, e.expelled_country, e.count, e.event_year)
                  for e in made_up_events(text, "2020-03-23", sentence=SENTENCES) if e.modality == "asserted")


def test_the_label_of_an_item_dates_its_later_sentences():
    text = ("Recent expulsions include:\n\n"
            "* March 2011: Ruritania expels a Freedonian diplomat accused of spying. "
            "Freedonia orders a Ruritanian consul to leave within a week.\n")
    assert _asserted(text) == [("FD", "RR", 1, 2011), ("RR", "FD", 1, 2011)]


def test_two_dated_items_of_one_year_are_two_expulsions():
    text = ("Recent expulsions include:\n\n"
            "* December 2015: Ruritania expels a Freedonian diplomat accused of spying.\n\n"
            "* June 2015: Ruritania orders a Freedonian military attache to leave the country.\n")
    assert _asserted(text) == [("RR", "FD", 1, 2015), ("RR", "FD", 1, 2015)]


def test_an_item_that_repeats_an_expulsion_told_with_its_year_is_that_one():
    text = ("Ruritania expelled a Freedonian diplomat in 2015.\n\n"
            "* June 2015: Ruritania expels a Freedonian diplomat accused of spying.\n")
    assert _asserted(text) == [("RR", "FD", 1, 2015)]


@pytest.mark.parametrize("before, year", [
    ("Intro.\n* March 1989: Ruritania expels an attache. ", 1989),
    ("Intro.\n1984: Ruritania expels an attache. ", 1984),
    ("Intro.\n- December 12, 1999 \u2013 Ruritania expels an attache. ", 1999),
    ("Intro.\n* Wednesday: Ruritania expels an attache. ", None),   # no year in the label
    ("Intro.\nIn March 1989 Ruritania expelled an attache. ", None),   # a sentence, no label
    ("* March 1989: Ruritania expels an attache.\n", None),   # the next paragraph is not the item
])
def test_the_year_of_the_label_the_paragraph_opens_with(before, year):
    assert paragraph_label_year(before) == year
