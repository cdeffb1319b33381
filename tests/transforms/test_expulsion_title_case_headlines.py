"""A headline in title case ("Ruritania Urges Expulsion Of Freedonian Diplomats In Border Row") is read as the
parser reads it best, in lower case but for the names, as a headline in capitals is: the parser takes capitalised
verbs for names ("Urges Expulsion" a name, the call an expulsion). Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows
from transforms.expulsions.readable_case import _title_case, _title_head


@pytest.mark.parametrize("headline", [
    "Ruritania Urges Expulsion Of Freedonian Diplomats In Border Row",
    "Ruritania Calls For Expulsion of Freedonian Diplomats Over Border Row",
])
def test_a_call_in_a_title_case_headline_is_a_demand(headline):
    rows = made_up_rows(headline, sentence=r"[^\n]+")
    assert rows and not [r for r in rows if r[3] == "asserted"]


def test_an_expulsion_in_a_title_case_headline_stays_one():
    assert made_up_rows("Ruritania Expels Three Freedonian Diplomats Over Border Row", sentence=r"[^\n]+") == \
        {("RR", "FD", 3, "asserted")}


@pytest.mark.parametrize("text, titled", [
    ("Ruritania Urges Expulsion Of Freedonian Diplomats In Border Row", True),
    ("Ruritania Expels Three Freedonian Diplomats for Spying", True),
    ("Ruritania urged the expulsion of Freedonian diplomats.", False),
    ("UN Urges Calm After Ruritania Expels Diplomats", False),   # a word in capitals would be lost
    ("Ruritania Expels Diplomats", False),   # too short to tell a title from names
])
def test_what_counts_as_a_title_case_headline(text, titled):
    assert _title_case(text) is titled


@pytest.mark.parametrize("headline", [
    "Ruritania Expels Freedonian Diplomats \u2013 23 have a week to leave",
    "Ruritania Expels Freedonian Diplomats - 23 given a week to leave the country",
])
def test_a_title_case_headline_before_a_dash_and_a_deck_in_sentence_case_is_read_in_lower_case(headline):
    assert made_up_rows(headline, sentence=r"[^\n]+") == {("RR", "FD", 23, "asserted")}


@pytest.mark.parametrize("text, names, head", [
    ("RR Expels Freedonian Diplomats \u2013 23 have a week to leave", [(0, 2)], 30),   # "RR" a name: kept as written
    ("RR Expels Freedonian Diplomats \u2013 23 have a week to leave", [], 0),   # capitals no name: lower case would lose
    ("Ruritania expels Freedonian diplomats \u2013 23 have a week to leave", [], 0),   # no title before the dash
    ("Ruritania Expels Three Freedonian Diplomats for Spying", [], 54),
])
def test_how_much_of_a_sentence_is_a_title_case_headline(text, names, head):
    assert _title_head(text, names) == head
