"""An expulsion told in a clause of time or cause in the past is a fact, whatever the main clause
demands or doubts ("India demanded parity after Ottawa expelled a diplomat"); made-up articles about
made-up states, parsed by the project's real spaCy model (transforms/expulsions/modality.py). And the year of
an expulsion told "a year later", "two years later", "the following year": the year told before, counted on
(transforms/expulsions/years.py)."""
import re

import pytest

from tests.expulsions_helpers import made_up_rows
from transforms.expulsions import extract_events
from transforms.expulsions.story import default_parse
from transforms.expulsions.years import year_from_text
from transforms.records import Mention, Sentence


def rows(text):
    return {(a, b, n, m) for a, b, n, m in made_up_rows(text)}


@pytest.mark.parametrize("text, want", [
    ("Freedonia had demanded parity in diplomatic numbers after Ruritania expelled a senior Freedonian diplomat.",
     {("RR", "FD", 1, "asserted")}),
    ("Freedonia may cut trade since Ruritania expelled two Freedonian diplomats in May.",
     {("RR", "FD", 2, "asserted")}),
    # the clause's own verb still decides: a time clause of what is still to come is no fact
    ("Freedonia will protest if Ruritania expels two Freedonian diplomats.", {("RR", "FD", 2, "hypothetical")}),
    ("Freedonia demanded that Ruritania expel two diplomats after the trial.", {("RR", None, 2, "demand")}),
])
def test_a_past_clause_of_time_or_cause_is_a_fact(text, want):
    assert rows(text) == want


# --- a span counted on from a year told before ("In 1993 ... A year later") ------------------------------
@pytest.mark.parametrize("sentence, before, year", [
    ("A year later, it ordered two more to leave.", "France expelled five diplomats in 1993. ", 1994),
    ("Two years later it expelled the consul.", "Relations broke down in 1979. ", 1981),
    ("The following year Norway expelled three more.", "In 2011 Norway expelled a diplomat. ", 2012),
    ("A decade later it expelled the consul.", "Ties were cut in 1971. ", 1981),
    ("A year later, it ordered two more to leave.", "France expelled five diplomats. ", 2020),   # no year told: the article's
    ("In 2015, a year later, it expelled two more.", "It expelled one in 1990. ", 2015),   # a year of its own first
])
def test_a_span_later_counts_on_from_the_year_told_before(sentence, before, year):
    assert year_from_text(sentence, 0, "2020-05-01", before)[0] == year


def test_the_story_reads_the_year_a_span_later_counts_on_from():
    text = "Ruritania expelled five Freedonian diplomats in 1993. A year later, Ruritania ordered two more to leave."
    kinds = {"Ruritania": ("GPE", "COUNTRY", "RR", "RR"), "Freedonian": ("NORP", "NORP", "FD", None)}
    mentions = [Mention("a", m.start(), m.end(), m.group(), kinds[m.group()][0], kinds[m.group()][1],
                        country_code=kinds[m.group()][2], acts_for=kinds[m.group()][3])
                for m in re.finditer(r"\b(Ruritania|Freedonian)\b", text)]
    sentences = [Sentence(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]
    got = {(e.count, e.event_year) for e in extract_events("a", text, "1995-03-02", sentences, mentions, default_parse)
           if e.modality == "asserted"}
    assert got == {(5, 1993), (2, 1994)}
