"""Abbreviations that never end a sentence: a debate's "the right hon. Gentleman", "my hon. Friend", and a rank or
title before a name ("attache Lt. Col. Yuri Petrov is expelled", "Maj. Gen. Ivan Petrov", "Mme. Veil").

Hansard abbreviates "honourable" to "hon.", and a model trained on news takes its full stop for the
end of a sentence: "My right hon. Friend has today required the withdrawal of three members of the
Soviet embassy" became two sentences, "My right hon." and "Friend has ... embassy", and the
expulsion lost its subject. A rank's full stop did the same ("Washington-based Soviet military attache Lt. Col." and
"Yuri N. Pakhtusov is expelled ..."). Two remedies, both keeping every character offset:

- `keep_abbreviated_sentences`, a pipeline component after the sentence splitter, says no sentence
  starts right after "hon.", nor after a rank or title followed by a capitalised word;
- `parse_readable` gives the dependency parser the sentence with "hon." written as an
  adjective of the same length ("hon." -> "good"), which it reads as part of the noun phrase.
"""
from __future__ import annotations

import re

COMPONENT = "newsnorm_debate_abbreviations"
_ABBREVIATED = {"hon"}   # lower-cased words written with a full stop that a debate never ends a sentence with
# ranks and titles written with a full stop before a name (the tokenizer splits some from their stop, "Lt" ".",
# and keeps others whole, "Gen."): a capitalised word after one goes on the same sentence
_TITLES = {"lt", "col", "gen", "maj", "capt", "cmdr", "cdr", "sgt", "adm", "brig", "cpl", "lieut", "gov", "sen",
           "rep", "amb", "supt", "insp", "cmdt",
           "mme", "mlle", "mmes"}   # French styles ("Mme. Veil"), which the model's splitter ends a sentence with
_AS_WORD = re.compile(r"\b([Hh])on\.(?=\s+(?:and\s+)?[A-Za-z])")


def keep_abbreviated_sentences(doc):
    """No sentence starts right after "hon.", nor after a rank or title ("Lt.", "Gen.") before a capitalised word
    (the doc's sentence starts, set by a splitter, not a parser)."""
    if doc.has_annotation("DEP"):
        return doc   # a parser's sentences are its own
    for i in _stops_after(doc, _ABBREVIATED):
        tok = doc[i]
        before = doc[i - 1]
        if tok.text == "." and before.lower_ in _ABBREVIATED and before.idx + len(before.text) == tok.idx:
            doc[i + 1].is_sent_start = False
    for i in _stops_after(doc, _TITLES) + _titles_with_stop(doc):
        tok, nxt = doc[i], doc[i + 1]
        glued = tok.text == "." and doc[i - 1].idx + len(doc[i - 1].text) == tok.idx
        if (glued or tok.text.endswith(".")) and nxt.text[:1].isupper() and nxt.text[:1].isalpha():
            nxt.is_sent_start = False
            if glued:
                tok.is_sent_start = False   # ("Lt" | ". Col.": the stop itself taken for a start)
    return doc


def _titles_with_stop(doc) -> list:
    """The positions 0 .. len(doc) - 2 of a title kept whole with its stop ("Gen.", "Capt.")."""
    import numpy as np   # (as in _stops_after)
    from spacy.attrs import LOWER
    if len(doc) < 2:
        return []
    strings = doc.vocab.strings
    arr = doc.to_array([LOWER])
    hit = np.zeros(len(doc) - 1, dtype=bool)
    for word in _TITLES:
        if word + "." in strings:
            hit |= arr[:-1] == strings[word + "."]
    return [int(i) for i in np.flatnonzero(hit)]


def _stops_after(doc, words) -> list:
    """The positions 1 .. len(doc) - 2 of a "." token right after a token whose lower case is one of `words`,
    found in the token arrays (no Token made for the others: most news has none)."""
    import numpy as np   # (here, not at the top: the process that launches the job imports this module
    from spacy.attrs import LOWER, ORTH   # and must not import spaCy)
    if len(doc) < 3:
        return []
    strings = doc.vocab.strings
    arr = doc.to_array([ORTH, LOWER])
    before = np.zeros(len(doc) - 2, dtype=bool)
    for word in words:
        before |= arr[:-2, 1] == strings[word]   # (the strings' hashes)
    return [int(i) + 1 for i in np.flatnonzero(before & (arr[1:-1, 0] == strings["."]))]


def with_debate_abbreviations(nlp):
    """Add the component right after the sentence splitter (`senter` or `sentencizer`), once."""
    from spacy.language import Language
    if not Language.has_factory(COMPONENT):
        Language.component(COMPONENT, func=keep_abbreviated_sentences)
    splitter = next((p for p in ("senter", "sentencizer") if p in nlp.pipe_names), None)
    if splitter is not None and COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, after=splitter)
    return nlp


def ranks_kept_whole(doc):
    """`doc` (tokenized, not yet tagged) with a rank or title and its full stop before a capitalised word made one
    token ("Lt" "." -> "Lt.", as the tokenizer already keeps "Gen." and "Mr."), and a run of them one token too
    ("Lt. Col."), for the parser: split, "attache Lt. Col. Yuri Petrov is expelled" lost its subject, the stops read
    as the ends of noun phrases. Offsets stay."""
    stops = [i for i in _stops_after(doc, _TITLES)
             if doc[i - 1].idx + len(doc[i - 1].text) == doc[i].idx and doc[i + 1].text[:1].isupper()]
    if stops:
        with doc.retokenize() as retokenizer:
            for i in stops:
                retokenizer.merge(doc[i - 1:i + 1])
    runs = _rank_runs(doc)
    if runs:
        with doc.retokenize() as retokenizer:
            for a, b in runs:
                retokenizer.merge(doc[a:b])
    return doc


def _rank_runs(doc) -> list:
    """(start, end) of each run of two or more ranks kept whole, one space apart, before a capitalised word
    ("Lt. Col.", "Maj. Gen."), to be one token: two in a row, the parser still ended a noun phrase on them
    ("military attache Lt. Col. Ivan Petrov is expelled" got two roots in the present tense)."""
    runs, start, last = [], None, None
    for i in _titles_with_stop(doc) + [None]:
        if i is not None and last is not None and i == last + 1 and doc[last].whitespace_ == " ":
            last = i
            continue
        if start is not None and last > start and doc[last + 1].text[:1].isupper():
            runs.append((start, last + 1))
        start = last = i
    return runs


def parse_readable(sentence: str) -> str:
    """`sentence` with "hon." before a word written "good" (same length) for the parser."""
    return _AS_WORD.sub(lambda m: ("G" if m.group(1) == "H" else "g") + "ood", sentence)
