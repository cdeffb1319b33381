"""A peer's name with its territorial designation is one name: "Lord Alton of Liverpool".

Life peers, and many hereditary ones, are styled "Lord <Name> of <Place>" ("Baroness Ashton of
Upholland", "Lord Robertson of Port Ellen"); parliamentary records and reference works name them so
("Question by Lord Alton of Liverpool:"). The model cuts such a name into a person and a place, or
into "Lord" and "Alton" and "Liverpool". A peerage word, one title-case word, "of" and one to three
title-case words (or all of it in capitals), on one line, make one person's name: the span from the name to the end of the
place, in place of whatever other spans cover those words. A place the model read in its own right
elsewhere is still a place there.
"""
from __future__ import annotations

from typing import Sequence

from gazetteer.people import PEERAGE_WORDS

MAX_PLACE_WORDS = 3


def _name_word(tok, capitals: bool) -> bool:
    """A word of a name, in title case, or in capitals where the title is ("LORD ALTON OF LIVERPOOL")."""
    return tok.is_alpha and (tok.is_upper and len(tok) > 1 if capitals else tok.is_title)


def designated_peer_spans(doc) -> list[tuple[int, int]]:
    """Token spans (name start, place end) of "Lord X of Y" names in `doc`."""
    found = []
    for i in range(len(doc) - 3):
        if doc[i].lower_ not in PEERAGE_WORDS or not doc[i].text[:1].isupper() or "\n" in doc[i].whitespace_:
            continue
        capitals = doc[i].is_upper
        if not _name_word(doc[i + 1], capitals) or "\n" in doc[i + 1].whitespace_ or doc[i + 2].lower_ != "of" \
                or "\n" in doc[i + 2].whitespace_:
            continue
        end = i + 3
        while end < len(doc) and end - (i + 3) < MAX_PLACE_WORDS and _name_word(doc[end], capitals):
            end += 1
            if "\n" in doc[end - 1].whitespace_:
                break
        if end > i + 3:
            found.append((i + 1, end))
    return found


def with_designated_peers(doc, merged: Sequence[tuple]) -> list[tuple]:
    """`merged` (start, end, label, origin) spans with each "Lord X of Y" name in place of the spans
    that cut it (see the module's doc)."""
    out = list(merged)
    for s, e in designated_peer_spans(doc):
        out = [span for span in out if span[:2] != (s - 1, s)]   # "Lord" read as a name of its own
        if any(a == s and b == e and o != "nested" for a, b, _, o in out):
            continue   # already one name ("Ahmad of Wimbledon" the gazetteer knows)
        out = [span for span in out if span[1] <= s - 1 or span[0] >= e]   # "Alton", "Liverpool"
        out.append((s, e, "PERSON", "peer"))
    return out
