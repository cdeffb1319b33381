"""Hansard's "hon." (honourable) ends no sentence, and the parser reads it as the adjective it stands for; a rank or
title before a name ("Lt. Col. Ivan Petrov", "Maj. Gen. Boris Ivanov") ends none either (sentences written for
these tests)."""
import pytest

from transforms.debate_abbreviations import parse_readable
from transforms.recognise import EntityRecogniser, load_spacy_model
from transforms.records import Article


def test_a_sentence_runs_on_past_hon():
    rec = EntityRecogniser(load_spacy_model(), {"NORP": ["Ruritanian"]})
    text = ("The right hon. Gentleman knows that two Ruritanian diplomats have left. "
            "I thank my hon. and learned Friend for her question.")
    (got,) = rec.recognise([Article("a1", text)])
    assert [text[s.start:s.end] for s in got.sentences] == [
        "The right hon. Gentleman knows that two Ruritanian diplomats have left.",
        "I thank my hon. and learned Friend for her question."]


def test_the_parser_reads_hon_as_a_word_of_the_same_length():
    text = "My right hon. Friend and the Hon. Member agreed."
    readable = parse_readable(text)
    assert readable == "My right good Friend and the Good Member agreed." and len(readable) == len(text)
    assert parse_readable("The vote was won by the hon.") == "The vote was won by the hon."


@pytest.mark.parametrize("text, sentences", [
    ("Freedonian military attache Lt. Col. Ivan Petrov is expelled. Capt. Boris Ivanov left with him.",
     ["Freedonian military attache Lt. Col. Ivan Petrov is expelled.", "Capt. Boris Ivanov left with him."]),
    ("The Ruritanian attache, Maj. Gen. Ivan Petrov, was expelled. Sgt. Boris Ivanov stayed.",
     ["The Ruritanian attache, Maj. Gen. Ivan Petrov, was expelled.", "Sgt. Boris Ivanov stayed."]),
])
def test_a_sentence_runs_on_past_a_rank_before_a_name(text, sentences):
    rec = EntityRecogniser(load_spacy_model(), {"NORP": ["Ruritanian", "Freedonian"]})
    (got,) = rec.recognise([Article("a1", text)])
    assert [text[s.start:s.end] for s in got.sentences] == sentences
