"""Shapes of the parsed reading (sentences written for these tests): "declared undesirable" (for
diplomats only), a dateline that is not the subject, "its diplomats", "ordered the expulsion of",
people "including diplomats", "sent packing", and a clause after a semicolon."""
import re

import pytest

from tests.expulsions_helpers import mentions_for, sentences_for, tuples
from transforms.expulsions import extract_events
from transforms.expulsions.story import default_parse


def events(text, published="2019-05-02"):
    titled = re.sub(r"\b[A-Z]{2,}\b", lambda m: m.group().title(), text)   # "LONDON" found as "London"
    mentions = [m._replace(text=text[m.start_char:m.end_char]) for m in mentions_for(titled)]
    return sorted(tuples(extract_events("t", text, published, sentences_for(text), mentions, parse=default_parse)))


@pytest.mark.parametrize("text, want", [
    ("Norway declared four Russian diplomats undesirable on Friday.",
     [("NO", "RU", 4, False, 2019, "asserted")]),
    ("Three Polish diplomats were declared unwelcome by Germany.",
     [("DE", "PL", 3, False, 2019, "asserted")]),
    # the Vienna Convention's "not acceptable", quoted or not
    ("Three Polish diplomats were officially declared \"unacceptable\" by Germany.",
     [("DE", "PL", 3, False, 2019, "asserted")]),
    ("Norway declared four Russian diplomats unacceptable.", [("NO", "RU", 4, False, 2019, "asserted")]),
])
def test_declared_undesirable_is_an_expulsion(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text", [
    "Russia declared two American charities undesirable on Friday.",
    "Russia declared the Norwegian foundation an undesirable organisation.",
    "Russia declared the Norwegian proposal unacceptable.",
])
def test_organisations_declared_undesirable_are_no_expulsion(text):
    assert [e for e in events(text) if e[-1] == "asserted"] == []


def test_a_dateline_is_not_the_subject():
    text = "LONDON (AP) - More than a dozen countries expelled Russian diplomats on Monday."
    assert [e for e in events(text, "2018-03-27") if e[-1] == "asserted"] == []


@pytest.mark.parametrize("text, want", [
    ("Norway condemned the expulsion of three of its diplomats by Russia.", [("RU", "NO", 3, False, 2019, "asserted")]),
    ("Poland said Russia's expulsion of its consul was illegal.", [("RU", "PL", 1, False, 2019, "asserted")]),
])
def test_its_diplomats_are_the_state_that_speaks_of_them(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text, want", [
    # people of any kind, diplomats among them; the subject of "ordered the expulsion" expels
    ("The Polish authorities ordered the expulsion of 12 Russian citizens, including diplomats and a journalist.",
     [("PL", "RU", 12, False, 2019, "asserted")]),
    ("Norway announced the expulsion of two Polish diplomats.", [("NO", "PL", 2, False, 2019, "asserted")]),
    # the subject of "condemned the expulsion" is not the one that expels; journalists alone are not diplomats
    ("Norway condemned the expulsion of 12 Polish citizens, including diplomats.", []),
    ("The Polish authorities ordered the expulsion of three Norwegian journalists.", []),
])
def test_who_orders_the_expulsion_of_people_including_diplomats(text, want):
    assert [e for e in events(text) if e[-1] == "asserted"] == want


def test_sent_packing_is_an_expulsion():
    assert events("Norway sent three Polish diplomats packing.") == [("NO", "PL", 3, False, 2019, "asserted")]


def test_a_clause_after_a_semicolon_does_not_govern_the_one_before():
    text = "Norway expelled the Polish diplomat; Poland vowed to respond."
    assert events(text) == [("NO", "PL", 1, False, 2019, "asserted")]
    text = "Norway would expel the Polish diplomat; Poland vowed to respond."
    assert [e[-1] for e in events(text)] == ["hypothetical"]


def test_the_diplomats_take_the_nationality_named_before():
    text = "Police in Oslo questioned two Polish diplomats. Norway later expelled the diplomats."
    assert [e for e in events(text) if e[-1] == "asserted"] == [("NO", "PL", None, False, 2019, "asserted")]
    text = "Norway later expelled the diplomats."   # no nationality named: nobody
    assert [e for e in events(text) if e[-1] == "asserted"] == []
