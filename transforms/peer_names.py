"""A peer's name with its territorial designation is one name: "Lord Alton of Liverpool".

Life peers, and many hereditary ones, are styled "Lord <Name> of <Place>" ("Baroness Ashton of
Upholland", "Lord Robertson of Port Ellen"); parliamentary records and reference works name them so
("Question by Lord Alton of Liverpool:"). The model cuts such a name into a person and a place, or
into "Lord" and "Alton" and "Liverpool". A peerage word, one title-case word, "of" and one to three
title-case words (or all of it in capitals), on one line, make one person's name: the span from the name to the end of the
place, in place of whatever other spans cover those words. A place the model read in its own right
elsewhere is still a place there. A peer named by the title alone ("the Marquess of Reading", "THE EARL
OF HOME") is one person's name from the peerage word on; "Lord" and "Lady" are not read so ("the Lady
of the Lake").
"""
from __future__ import annotations

from typing import Sequence

from spacy.attrs import LOWER
from spacy.strings import hash_string

from gazetteer.people import PEERAGE_WORDS

MAX_PLACE_WORDS = 3
_PEERAGE_WORD_IDS = frozenset(hash_string(word) for word in PEERAGE_WORDS)
_COURTESY = {"lord", "lady"}   # "Lord of the Manor", "Lady of the Lake": no peer's title without a name


def _name_word(tok, capitals: bool) -> bool:
    """A word of a name, in title case, or in capitals where the title is ("LORD ALTON OF LIVERPOOL")."""
    return tok.is_alpha and (tok.is_upper and len(tok) > 1 if capitals else tok.is_title)


def _place_end(doc, start: int, capitals: bool) -> int:
    """The end of one to MAX_PLACE_WORDS name words from `start`, on one line (`start` when none)."""
    end = start
    while end < len(doc) and end - start < MAX_PLACE_WORDS and _name_word(doc[end], capitals):
        end += 1
        if "\n" in doc[end - 1].whitespace_:
            break
    return end


def designated_peer_spans(doc) -> list[tuple[int, int]]:
    """Token spans (name start, place end) of "Lord X of Y" and "Earl of Y" names in `doc`."""
    found = []
    if _PEERAGE_WORD_IDS.isdisjoint(doc.count_by(LOWER)):
        return found   # most news names no peer: no walk over its tokens (counted by spaCy, in C)
    for i in range(len(doc) - 3):
        if doc[i].lower_ not in PEERAGE_WORDS or not doc[i].text[:1].isupper() or "\n" in doc[i].whitespace_:
            continue
        if i > 0 and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper() and doc[i - 1].lower_ != "the" \
                and "\n" not in doc[i - 1].whitespace_:
            continue   # "Peter Baron of West Germany", "Winston Lord": a surname, no title
        capitals = doc[i].is_upper
        if doc[i].lower_ not in _COURTESY and doc[i + 1].lower_ == "of" and "\n" not in doc[i + 1].whitespace_:
            end = _place_end(doc, i + 2, capitals)   # "the Marquess of Reading", "THE EARL OF HOME": the title is the name
            if end > i + 2:
                found.append((i, end))
            continue
        if not _name_word(doc[i + 1], capitals) or "\n" in doc[i + 1].whitespace_ or doc[i + 2].lower_ != "of" \
                or "\n" in doc[i + 2].whitespace_:
            continue
        end = _place_end(doc, i + 3, capitals)
        if end > i + 3:
            found.append((i + 1, end))
    return found


def with_designated_peers(doc, merged: Sequence[tuple]) -> list[tuple]:
    """`merged` (start, end, label, origin) spans with each "Lord X of Y" name in place of the spans
    that cut it (see the module's doc)."""
    out = list(merged)
    for s, e in designated_peer_spans(doc):
        out = [span for span in out if span[:2] != (s - 1, s)]   # "Lord" read as a name of its own
        if doc[s].lower_ in PEERAGE_WORDS:   # "Marquess of Reading": the title is the name
            out = [span for span in out if span[1] <= s or span[0] >= e]
            out.append((s, e, "PERSON", "peer"))
            continue
        if any(a == s and b == e and o != "nested" for a, b, _, o in out):
            continue   # already one name ("Ahmad of Wimbledon" the gazetteer knows)
        out = [span for span in out if span[1] <= s - 1 or span[0] >= e]   # "Alton", "Liverpool"
        out.append((s, e, "PERSON", "peer"))
    return out
