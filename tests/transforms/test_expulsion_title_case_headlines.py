"""A headline in title case ("Ruritania Urges Expulsion Of Freedonian Diplomats In Border Row") is read as the
parser reads it best, in lower case but for the names, as a headline in capitals is: the parser takes capitalised
verbs for names ("Urges Expulsion" a name, the call an expulsion). Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows
from transforms.expulsions.readable_case import _title_case


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
