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


def _with_a_name_over_the_verb(headline):
    """The events of a headline whose first two words the recogniser took for a person's name ("Ruritania Expels"),
    as it may: the made-up states' mentions and that name."""
    from transforms.expulsions import extract_events
    from transforms.expulsions.story import default_parse
    from tests.expulsions_helpers import MADE_UP
    from transforms.records import Mention, Sentence
    import re
    mentions = [Mention("a", 0, headline.index(" ", headline.index(" ") + 1), headline[:headline.index(" ", headline.index(" ") + 1)],
                        "PERSON", "PERSON")]
    for m in re.finditer(r"\b(" + "|".join(sorted(MADE_UP, key=len, reverse=True)) + r")\b", headline):
        code, kind, acts = MADE_UP[m.group()]
        mentions.append(Mention("a", m.start(), m.end(), m.group(), "NORP" if kind == "NORP" else "GPE", kind,
                                country_code=code, acts_for=code if acts else None))
    events = extract_events("a", headline, "2020-05-01", [Sentence(0, len(headline))], mentions, default_parse)
    return {(e.expelling_country, e.expelled_country, e.count, e.modality) for e in events}


@pytest.mark.parametrize("headline, want", [
    ("Ruritania Expels a Freedonian Diplomat Suspected of Espionage", ("RR", "FD", 1, "asserted")),
    ("Ruritania Orders Freedonian Diplomats Out of the Country", ("RR", "FD", None, "asserted")),
    ("Ruritania Declares Freedonian Envoy Persona Non Grata", ("RR", "FD", 1, "asserted")),
])
def test_a_name_the_recogniser_ran_over_a_titles_verb_keeps_no_capital_on_the_verb(headline, want):
    assert _with_a_name_over_the_verb(headline) == {want}


@pytest.mark.parametrize("word, verb", [("Expels", True), ("Orders", True), ("Declared", True), ("Kicks", True),
                                        ("Expulsion", False), ("Ruritania", False), ("Diplomats", False)])
def test_which_words_of_a_name_are_a_triggers_verb(word, verb):
    from transforms.expulsions.readable_case import _title_verb
    assert _title_verb(word) is verb
