"""Expulsions told as rows of a table or bullet list under a header (transforms/expulsions/tables.py);
tables and lists written for these tests."""
import pytest

from tests.expulsions_helpers import mentions_for, sentences_for, tuples
from transforms.expulsions import extract_events
from transforms.expulsions.tables import table_events


def rows(text):
    return sorted((e.expelling_country, e.expelled_country, e.count, e.modality)
                  for e in table_events("t", text, "2022-04-07", mentions_for(text)))


@pytest.mark.parametrize("text, want", [
    ("Expulsions of Russian diplomats announced on Tuesday:\n\u2022 Poland - 45\n\u2022 Germany - 40\n\u2022 France - 35",
     [("DE", "RU", 40, "asserted"), ("FR", "RU", 35, "asserted"), ("PL", "RU", 45, "asserted")]),
    ("Country | Russian diplomats expelled\nItaly | 30\nSpain | 25\nTotal | 55",
     [("ES", "RU", 25, "asserted"), ("IT", "RU", 30, "asserted")]),
    ("Russian diplomats expelled by EU states\nGermany: forty\nFrance: 35",
     [("DE", "RU", 40, "asserted"), ("FR", "RU", 35, "asserted")]),
])
def test_each_row_under_a_header_that_tells_the_expulsion_is_one(text, want):
    assert rows(text) == want


@pytest.mark.parametrize("text", [
    "Countries considering the expulsion of Russian diplomats:\nFrance - 4\nItaly - 2",   # a plan
    "Countries that did not expel Russian diplomats:\nFrance - 4\nItaly - 2",
    "Polish migrants deported last year:\nGermany | 400\nFrance | 300",                    # no diplomats
    "Medal table:\nNorway - 16\nGermany - 12",                                               # no expulsion
    "Expulsions of Russian diplomats:\nPoland - 45",                                        # one row is no table
    "Expulsions of Russian and Polish diplomats:\nGermany - 40\nFrance - 35",               # whose?
    "Expulsions of Russian diplomats:\nGermany expelled 40 and more later - 40\nFrance - 35",
])
def test_no_rows_without_a_table_of_expulsions_done(text):
    assert rows(text) == []


def test_the_rows_replace_a_sentence_reading_across_them():
    text = "Russian diplomats expelled by EU states\nGermany: 40\nFrance: 35\nTotal: 75"
    events = extract_events("t", text, "2022-04-07", sentences_for(text), mentions_for(text))
    assert sorted((a, b, c) for a, b, c, *_ in tuples(events, "asserted")) == [("DE", "RU", 40), ("FR", "RU", 35)]


@pytest.mark.parametrize("text, want", [
    # a round-up's lines: the state, its count with the people, and what else the line says of them
    ("More than 100 Russian diplomats have now been expelled over the attack. The latest to act:\n"
     "Portugal: two diplomats, identified as intelligence officers, given seven days to leave.\n"
     "Finland: 13 diplomats.\nDenmark: four diplomats expelled, and two visa applications refused.\n"
     "Sweden, Norway and Greece: one diplomat each.",
     [("DK", "RU", 4, "asserted"), ("FI", "RU", 13, "asserted"), ("GR", "RU", 1, "asserted"),
      ("NO", "RU", 1, "asserted"), ("PT", "RU", 2, "asserted"), ("SE", "RU", 1, "asserted")]),
])
def test_a_round_up_line_gives_its_states_their_count(text, want):
    assert rows(text) == want


@pytest.mark.parametrize("text", [
    # several states with one count and no "each": whose share is it?
    "Russian diplomats expelled this week:\nSweden and Norway: two diplomats.\nFinland: 13 diplomats.",
    # a line of people of another kind
    "Russian diplomats expelled this week:\nSweden: two footballers.\nFinland: 13 tourists.",
])
def test_no_round_up_rows_without_one_count_for_each_state_and_diplomats(text):
    assert rows(text) == []
