"""A name under a rank ("attache Lt. Col. Ivan Petrov"), "X-based" on the title before a name, and a chronology's dated
label ("* March 1989: ") kept out of the sentence the parser reads. Sentences written for these tests, about the
made-up states of tests/expulsions_helpers.py (Strelsau is Ruritania's capital)."""
import pytest

from tests.expulsions_helpers import made_up_events
from transforms.expulsions.parse import SpacySentenceParser
from transforms.expulsions.years import label_length


def _asserted(text: str, published: str = "2001-03-20") -> list:
    return sorted((e.expelling_country, e.expelled_country, e.count, e.event_year)
                  for e in made_up_events(text, published, sentence=r"[^\n]+") if e.modality == "asserted")


def test_the_parse_keeps_a_rank_and_its_stop_as_one_token(nlp):
    (doc,) = SpacySentenceParser(nlp)(["Moscow expelled Lt. Col. Ivan Petrov and Capt. Boris Orlov on Monday."])
    words = [t.text for t in doc]
    assert words[:5] == ["Moscow", "expelled", "Lt. Col.", "Ivan", "Petrov"]   # two ranks in a row: one token
    assert "Capt." in words and "." not in words[:-1]
    assert doc.text == "Moscow expelled Lt. Col. Ivan Petrov and Capt. Boris Orlov on Monday."


def test_two_ranks_in_a_row_leave_the_present_tense_one_clause(nlp):
    (doc,) = SpacySentenceParser(nlp)(["Strelsau-based Freedonian military attache Lt. Col. Ivan Petrov is expelled "
                                       "after Ruritanian officials accuse him of spying."])
    assert [t.text for t in doc if t.dep_ == "ROOT"] == ["expelled"]
    assert [t.text for t in doc if t.dep_ == "nsubjpass"] == ["Petrov"]


def test_a_stop_that_ends_a_sentence_after_a_rank_word_stays_a_stop(nlp):
    (doc,) = SpacySentenceParser(nlp)(["The officer held the rank of Lt. it was said"])
    assert "Lt." not in [t.text for t in doc]   # no capitalised word after it: the stop is left alone


def test_an_attache_under_a_rank_is_a_diplomat_and_where_he_was_based_expels_him():
    text = ("In March 1989, Strelsau-based Freedonian military attache Lt. Col. Ivan Petrov was expelled after "
            "Ruritanian officials accused him of spying.")
    assert _asserted(text) == [("RR", "FD", 1, 1989)]


def test_x_based_on_the_title_before_a_name_gives_the_host():
    text = ("In March 1989, Strelsau-based Freedonian military attache Ivan Petrov was expelled after Ruritanian "
            "officials accused him of spying.")
    assert _asserted(text) == [("RR", "FD", 1, 1989)]


def test_a_dated_label_is_not_read_as_part_of_the_sentence():
    text = "Chronology of the row.\n* 1984 - Expelled by Ruritania, two Freedonian diplomats left Strelsau."
    assert _asserted(text) == [("RR", "FD", 2, 1984)]


def test_a_present_tense_chronology_item_with_two_ranks_before_the_name():
    text = ("Chronology of the row.\n* March 1989: Strelsau-based Freedonian military attache Lt. Col. Ivan Petrov "
            "is expelled after Ruritanian officials accuse him of spying.")
    assert _asserted(text) == [("RR", "FD", 1, 1989)]


def test_a_dated_label_with_a_month_before_a_titled_name():
    text = ("Chronology of the row.\n* March 1989: Strelsau-based Freedonian military attache Ivan Petrov was "
            "expelled after Ruritanian officials accused him of spying.")
    assert _asserted(text) == [("RR", "FD", 1, 1989)]


@pytest.mark.parametrize("text, at, length", [
    ("* March 1989: Ruritania expelled", 0, len("* March 1989: ")),
    ("Intro.\n- June 1988: Ruritania expelled", 7, len("- June 1988: ")),
    ("Intro.\n1984 - Ruritania expelled", 7, len("1984 - ")),
    ("Intro.\nDecember 12, 1999: Ruritania expelled", 7, len("December 12, 1999: ")),
    ("Intro. In 1984: a year of rows", 7, 0),          # not at the start of a line
    ("Ruritania expelled two in 1984: a record", 0, 0),  # no label
])
def test_label_length(text, at, length):
    assert label_length(text, at) == length
