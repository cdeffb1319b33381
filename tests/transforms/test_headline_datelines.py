"""A headline run into its body's dateline is two sentences (texts written for these tests): the place in
capitals opens a sentence when the gazetteer knows it as a city or a state, and a word in capitals inside a
sentence that is no known place ("NATO:") splits nothing."""
import pytest

from transforms.headline_datelines import split_run_in_datelines
from transforms.recognise import PARSE_COMPONENTS, worker_spacy_model

PLACES = frozenset({"Moscow", "New Delhi", "Texas", "Amritsar"})   # as the recogniser's CITY phrases give them


@pytest.fixture(scope="module")
def spacy_nlp():
    return worker_spacy_model()


def split(nlp, text):
    """`text` as the recogniser reads it: sentences from the sentence splitter, no parse."""
    return next(nlp.pipe([text], disable=[p for p in nlp.pipe_names if p in PARSE_COMPONENTS]))


def sentences(nlp, text):
    return [s.text.strip() for s in split_run_in_datelines(split(nlp, text), PLACES).sents]


@pytest.mark.parametrize("text, body", [
    ("Minister says dozens of envoys expelled under pressure\nMOSCOW: The foreign minister vowed on Tuesday to reply.",
     "MOSCOW: The foreign minister vowed on Tuesday to reply."),
    ("Consulate staff told to leave within a week NEW DELHI - Officials said on Friday the order stood.",
     "NEW DELHI - Officials said on Friday the order stood."),
    ("Governor Recalls Trade Envoys\nTEXAS \u2014 State officials said the office would close.",
     "TEXAS \u2014 State officials said the office would close."),
])
def test_the_dateline_opens_the_body_after_a_headline_without_a_stop(spacy_nlp, text, body):
    found = sentences(spacy_nlp, text)
    assert found[-1] == body, found
    assert len(found) == 2, found


@pytest.mark.parametrize("text", [
    "The minister held talks with NATO: the alliance said it would reply within a week.",
    "The minister held talks with NATO: The alliance said it would reply within a week.",
    "The envoy flew to MOSCOW on Tuesday and met the deputy minister there.",
    "Officials in Moscow: The ministry said the envoys would stay.",
])
def test_capitals_inside_a_sentence_are_not_a_dateline(spacy_nlp, text):
    assert sentences(spacy_nlp, text) == [s.text.strip() for s in split(spacy_nlp, text).sents]
