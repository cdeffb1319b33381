"""The state that acts in the line leading into a list of measures, for an item that opens with its act.

"The Syrian Arab Republic decided to take the following immediate measures:" then "1- Considering the U.S.
Ambassador ... persona non grata.", "2- Considering the British Ambassador ...": each item is an act of the
one who decided, which only the lead-in line names. The lead-in is the unit before the list's items that ends
in a colon (the first item's marker may still stand after the colon, "measures: 1-", or be a unit of its own,
or the first item may be joined to the colon line: "measures:\\n- expelling ...;"); the units between it and the
item are items of the same list (each opens with a marker, or follows a marker standing alone). Units are
given as (start, text) pairs in text order, so that the window rules (actors.py) and the grammar reading
(story.py) ask the same question.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from transforms.records import Mention
from transforms.expulsions.mentions import state_of

_MARKER = r"(?:\d{1,3}[.)-]|\(\d{1,3}\)|[\u2022\u25e6\u25aa\u2023\u00b7*\u2013\u2014-])"
_ONLY_MARKER = re.compile(r"\s*" + _MARKER + r"?\s*")
_OPENS_WITH_ITEM = re.compile(r"\s*" + _MARKER + r"[ \t\n]")
_COLON_END = re.compile(r":\s*" + _MARKER + r"?\s*$")
_COLON_BEFORE_ITEM = re.compile(r":[ \t]*\n\s*" + _MARKER + r"[ \t]")


def lead_in_state(pieces: Sequence[tuple[int, str]], k: int, trigger_at: int, mentions: Sequence[Mention],
                  expelled: Optional[str]) -> Optional[Mention]:
    """The mention of the one state (other than `expelled`) that acts in the lead-in of the list whose item
    is `pieces[k]`, when the act at character `trigger_at` opens that item (after at most its marker); else
    None (no lead-in, an item with words before its act, or two states or none in the lead-in)."""
    start, text = pieces[k]
    if not _ONLY_MARKER.fullmatch(text[:max(0, trigger_at - start)]):
        return None
    lead = _lead_in(pieces, k)
    if lead is None:
        return None
    found: dict[str, Mention] = {}
    for m in mentions:
        state, strong = state_of(m)
        if lead[0] <= m.start_char and m.end_char <= lead[1] and strong and state != expelled:
            found.setdefault(state, m)
    return next(iter(found.values())) if len(found) == 1 else None


def _lead_in(pieces: Sequence[tuple[int, str]], k: int) -> Optional[tuple[int, int]]:
    """(start, colon) of the lead-in of the list `pieces[k]` is an item of, else None."""
    while k > 0:
        start, text = pieces[k - 1]
        colon = _COLON_END.search(text) or _COLON_BEFORE_ITEM.search(text)
        if colon:
            return start, start + colon.start()
        if not _an_item(pieces, k):
            return None
        k -= 1
    return None


def _an_item(pieces: Sequence[tuple[int, str]], k: int) -> bool:
    """Is pieces[k] a marker standing alone, or does it open with one or follow one?"""
    return _OPENS_WITH_ITEM.match(pieces[k][1]) is not None or _ONLY_MARKER.fullmatch(pieces[k][1]) is not None \
        or k > 0 and _ONLY_MARKER.fullmatch(pieces[k - 1][1]) is not None
