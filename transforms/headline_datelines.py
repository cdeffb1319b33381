"""A headline run into the dateline of its body is two sentences.

Scraped stories often give the headline, which has no full stop, straight before the body's dateline:
"Minister says envoys expelled under pressure\\nMOSCOW: The foreign minister vowed on Tuesday ...". The
sentence splitter reads the headline and the first sentence of the body as one sentence, and the expulsion
reader then pairs the headline's "envoys expelled" with the states of the body.

`dateline_starts` finds the shape: a place in capitals of one to three words that the gazetteer knows as a
city or a state (its name in title case is one of the recogniser's CITY phrases: "MOSCOW", "NEW DELHI",
"TEXAS"), then ":" or a dash and a capitalised word, right after a word in lower or title case with no
sentence end between them. The place opens a sentence: a dateline opens the body. A word in capitals that
is no known place ("talks with NATO: the alliance ...") never splits a sentence.
"""
from __future__ import annotations

from typing import Collection

DATELINE_MARKS = (":", "-", "\u2014", "\u2013")   # "MOSCOW:", "AMRITSAR -", "KYIV —"
MAX_PLACE_WORDS = 3


def _capitals_word(tok) -> bool:
    return tok.is_alpha and tok.is_upper and len(tok.text) >= 2


def _place_end(doc, start: int, places: Collection[str]) -> int:
    """The end of the longest known place in capitals starting at `start` (words one space apart), else -1."""
    end, found = start, -1
    while end < len(doc) and end - start < MAX_PLACE_WORDS and _capitals_word(doc[end]) \
            and (end == start or doc[end - 1].whitespace_ == " "):
        end += 1
        if " ".join(t.text.title() for t in doc[start:end]) in places:
            found = end
    return found


def _word_before(doc, start: int):
    """The token before `start`, passing over whitespace tokens (a headline's line break), or None."""
    i = start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i] if i >= 0 else None


def dateline_starts(doc, places: Collection[str]) -> list:
    """Positions of a known place in capitals that opens a dateline run into the words before it (no
    sentence start there yet): "... diplomats expelled\\nMOSCOW: The minister ..." gives MOSCOW's position."""
    starts, i = [], 1
    while i < len(doc) - 2:
        tok = doc[i]
        if not _capitals_word(tok) or tok.is_sent_start or _capitals_word(doc[i - 1]):
            i += 1
            continue
        end = _place_end(doc, i, places)
        before = _word_before(doc, i)
        if end < 0 or end + 1 >= len(doc) or before is None or not before.is_alpha or before.is_upper \
                or any(doc[t].is_sent_start for t in range(before.i + 1, end)):
            i += 1
            continue
        mark, nxt = doc[end], doc[end + 1]
        if mark.text in DATELINE_MARKS and (mark.text == ":" or doc[end - 1].whitespace_) \
                and nxt.is_alpha and nxt.text[:1].isupper() and mark.whitespace_:
            starts.append(i)
        i = end
    return starts


def split_run_in_datelines(doc, places: Collection[str]):
    """`doc` (sentences set by a splitter, not a parser) with each run-in dateline opening a sentence."""
    if doc.has_annotation("DEP"):
        return doc   # a parser's sentences are its own
    for i in dateline_starts(doc, places):
        doc[i].is_sent_start = True
    return doc
