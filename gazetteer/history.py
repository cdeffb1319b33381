"""The state of the time: "Russia" in a 1986 story is the Soviet Union.

News of the Cold War calls the Soviet Union "Russia" and its people
"Russians", and Czechoslovakia's people "Czechs". A country, a nationality, an
organisation or a person resolved to a successor state is, on a date before
that state existed on its own, the predecessor state. Cities keep their
present country (Moscow is RU whatever the date), as the gazetteer has them, and
so do seats and organs of a government (an ORG that acts for a state: "the
Kremlin"), though the state they act for is the state of the time.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

from gazetteer.resolution import Resolution


class Succession(NamedTuple):
    successor: str      # ISO code of the state a name resolves to today
    predecessor: str    # the state it was part of
    until: str          # first day the successor stood on its own (YYYY-MM-DD)


# Only successors whose names were used for the whole predecessor state (or whose people
# were its people) in English news of the time.
SUCCESSIONS = (
    Succession("RU", "SU", "1991-12-26"),   # dissolution of the Soviet Union
    Succession("CZ", "CS", "1993-01-01"),   # dissolution of Czechoslovakia
    Succession("SK", "CS", "1993-01-01"),
)
_BY_SUCCESSOR = {s.successor: s for s in SUCCESSIONS}
RETYPED = ("COUNTRY", "NORP", "ORG", "PERSON")   # never CITY: cities keep their present country


def state_on(code: Optional[str], date: Optional[str]) -> Optional[str]:
    """The state `code` was part of on `date` (YYYY-MM-DD, or a prefix); `code` itself otherwise."""
    s = _BY_SUCCESSOR.get(code or "")
    if s is None or not date or date[:10] >= s.until[:len(date[:10])]:
        return code
    return s.predecessor


def as_of(r: Resolution, date: Optional[str], country_entity) -> Resolution:
    """`r` with its state as of `date`: a COUNTRY or NORP becomes the predecessor country itself;
    an ORG or PERSON keeps its entity but its country (and the state it acts for) is the predecessor.
    `country_entity(code)` gives the gazetteer's COUNTRY entity for a code."""
    if r.entity_id is None or r.entity_type not in RETYPED or not date:
        return r
    code = state_on(r.country_code, date)
    if code == r.country_code:
        return r
    acts_for = state_on(r.acts_for, date)
    if r.entity_type in ("COUNTRY", "NORP"):
        state = country_entity(code)
        if state is None:
            return r
        name = state.canonical_name
        return r._replace(entity_id=state.entity_id, canonical_name=name, country_code=code, acts_for=acts_for)
    if r.entity_type == "ORG" and r.acts_for:
        # a seat or organ of government ("the Kremlin") keeps its place, like a city; whom it
        # acts for is the state of the time
        return r._replace(acts_for=acts_for)
    return r._replace(country_code=code, acts_for=acts_for)


_YEAR = re.compile(r"(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d.,]\d)")


def era_of(text: str) -> Optional[str]:
    """For an undated text, the latest year it mentions ("YYYY"), or None: a 1987 note that
    speaks of 1986 is not about today's Russia."""
    years = _YEAR.findall(text)
    return max(years) if years else None
