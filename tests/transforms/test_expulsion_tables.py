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
