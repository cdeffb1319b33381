"""A sentence ending inside a closing quote or bracket, with more than one space or a line break after it, ends there:
'... against the villagers.”  Despite the protest, Freedonia expelled ...' is two sentences.

The model's sentence splitter ends a sentence after '.”' (or '?"', '!’', '.)', '.]') when one space follows and the
next word is capitalised, but not when two spaces or a line break follow (the extra whitespace is a token of its own,
which it reads as running on). Wire copy, Hansard and typed-up telegrams put two spaces or a line break there all the
time, and the merged "sentence" joined an expeller of one sentence with the people of the next.

`end_sentences_after_quotes`, a pipeline component after the sentence splitter, makes such a stretch read as the
one-space one does: after a stop, a closing quote or bracket glued to it, and whitespace with a token of its own, a
capitalised word (or an opening quote or bracket before one) starts a sentence; after any space, a lower-case word
does not ('he called it “a mistake.” said nothing', '“... expel them.” he said'). A stop that is part of a word
('U.S.”', 'Mr.”') is left to the model. Only sentence starts change: every character offset stays.
"""
from __future__ import annotations

COMPONENT = "newsnorm_quoted_sentence_ends"
_STOPS = frozenset({".", "?", "!", "...", "…"})
_CLOSERS = frozenset({"”", '"', "’", "'", ")", "]"})
_OPENERS = frozenset({"“", '"', "‘", "'", "(", "["})


def end_sentences_after_quotes(doc):
    """Sentence starts after a stop and a closing quote or bracket (set by a splitter, not a parser): past a whitespace
    token a capitalised word starts one; past any space a lower-case word does not."""
    if doc.has_annotation("DEP"):
        return doc   # a parser's sentences are its own
    for i in _closers_after_stops(doc):
        j = i + 1
        while j < len(doc) and doc[j].is_space:
            j += 1
        if j >= len(doc):
            continue
        w = j + 1 if doc[j].text in _OPENERS and j + 1 < len(doc) and not doc[j].whitespace_ else j
        first = doc[w].text[:1]
        if first.isalpha() and first.isupper():
            if j > i + 1:   # (one space only: the splitter reads that itself)
                doc[j].is_sent_start = True
        elif first.isalpha() and first.islower() and w == j:
            doc[j].is_sent_start = False
            for k in range(i + 1, j):
                doc[k].is_sent_start = False
    return doc


def _closers_after_stops(doc) -> list:
    """The positions 1 .. len(doc) - 2 of a closing quote or bracket glued to a stop token before it, found in the
    token arrays (no Token made for the others: most news has none)."""
    import numpy as np   # (here, not at the top: the process that launches the job imports this module
    from spacy.attrs import ORTH   # and must not import spaCy)
    if len(doc) < 3:
        return []
    strings = doc.vocab.strings
    orth = doc.to_array([ORTH])
    closer = np.isin(orth[1:-1], [strings[c] for c in _CLOSERS])
    stop = np.isin(orth[:-2], [strings[s] for s in _STOPS])
    return [int(i) + 1 for i in np.flatnonzero(closer & stop) if not doc[int(i)].whitespace_]


def with_quoted_sentence_ends(nlp):
    """Add the component after the sentence splitter (`senter` or `sentencizer`) and what follows it there, once."""
    from spacy.language import Language
    if not Language.has_factory(COMPONENT):
        Language.component(COMPONENT, func=end_sentences_after_quotes)
    splitter = next((p for p in ("newsnorm_debate_abbreviations", "senter", "sentencizer") if p in nlp.pipe_names),
                    None)
    if splitter is not None and COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, after=splitter)
    return nlp
