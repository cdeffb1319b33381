"""A place's name before "'s" and a street's or a building's word names that street or building.

"the Libyan People's Bureau in St James's Square", "St Thomas's Hospital", "St Paul's Cathedral":
the model marks the saint's name as a place and leaves "'s Square" outside, and a gazetteer town of
that name in another country ("St James", an old name of Vung Tau) answers it. A name followed by a
possessive and one of the words that make a street's or a building's name is part of that name:
unknown, not the town. "Moscow's Red Square" (an adjective between), "Russia's embassy" and
"Georgia's Supreme Court" (no such word, or not right after the possessive) keep their link.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from gazetteer.resolution import Resolution

_FACILITY_AFTER = re.compile(r"^(?:'s|\u2019s|s'|s\u2019)\s+(?:Square|Street|Road|Park|Palace|Place|Gate|Lane|Terrace|"
                             r"Gardens|Hospital|Church|Cathedral|Abbey|Chapel|Wood|Green|Fields|Walk|Row)\b")


def names_a_facility(text: Optional[str], end: int) -> bool:
    """Does a possessive and a street's or building's word follow the name ending at `end`?"""
    return bool(text) and bool(_FACILITY_AFTER.match(text[end:end + 24]))


def possessive_facilities(queries: Sequence, answers: list, text: Optional[str]) -> list:
    """`answers` with a place that names a street or a building ("St James's Square") left unknown."""
    return [Resolution("OTHER", None, q.text.strip(), None, None, None, 0.0, "nil")
            if a is not None and a.entity_id and a.entity_type in ("CITY", "COUNTRY", "OTHER")
            and names_a_facility(text, q.end_char) else a for q, a in zip(queries, answers)]
