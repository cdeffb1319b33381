"""Parliamentary abbreviations that never end a sentence: "the right hon. Gentleman", "my hon. Friend".

Hansard abbreviates "honourable" to "hon.", and a model trained on news takes its full stop for the
end of a sentence: "My right hon. Friend has today required the withdrawal of three members of the
Soviet embassy" became two sentences, "My right hon." and "Friend has ... embassy", and the
expulsion lost its subject. Two remedies, both keeping every character offset:

- `keep_abbreviated_sentences`, a pipeline component after the sentence splitter, says no sentence
  starts right after such an abbreviation;
- `parse_readable` gives the dependency parser the sentence with the abbreviation written as an
  adjective of the same length ("hon." -> "good"), which it reads as part of the noun phrase.
"""
from __future__ import annotations

import re

COMPONENT = "newsnorm_debate_abbreviations"
_ABBREVIATED = {"hon"}   # lower-cased words written with a full stop that a debate never ends a sentence with
_AS_WORD = re.compile(r"\b([Hh])on\.(?=\s+(?:and\s+)?[A-Za-z])")


def keep_abbreviated_sentences(doc):
    """No sentence starts right after "hon." (the doc's sentence starts, set by a splitter, not a parser)."""
    for i in _stops_after(doc, _ABBREVIATED):
        tok = doc[i]
        before = doc[i - 1]
        if tok.text == "." and before.lower_ in _ABBREVIATED and before.idx + len(before.text) == tok.idx:
            doc[i + 1].is_sent_start = False
    return doc


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


def parse_readable(sentence: str) -> str:
    """`sentence` with "hon." before a word written "good" (same length) for the parser."""
    return _AS_WORD.sub(lambda m: ("G" if m.group(1) == "H" else "g") + "ood", sentence)
