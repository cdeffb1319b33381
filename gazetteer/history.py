"""The state of the time: "Russia" in a 1986 story is the Soviet Union.

News of the Cold War calls the Soviet Union "Russia" and its people
"Russians", and Czechoslovakia's people "Czechs". A country, a nationality, an
organisation or a person resolved to a successor state is, on a date before
that state existed on its own, the predecessor state. Cities keep their
present country (Moscow is RU whatever the date), as the gazetteer has them, and
so do seats and organs of a government (an ORG that acts for a state: "the
Kremlin"), though the state they act for is the state of the time: "Moscow
expelled" in 1971 is the Soviet Union acting, "Prague" in 1968 Czechoslovakia.
A capital whose former state has no successor here (Belgrade of Yugoslavia, East
Berlin, Bonn) acts for the state it was the seat of while it was (`FORMER_SEATS`).
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

from gazetteer.model import article_for
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
# A person of a Soviet republic was a Soviet citizen and official, though English news never called the
# whole union "Georgia" or "Ukraine": only people take the union's code ("Shevardnadze" in 1985 is SU).
_SOVIET_REPUBLICS = ("AM", "AZ", "BY", "GE", "KG", "KZ", "MD", "TJ", "TM", "UA", "UZ")
PERSON_SUCCESSIONS = {code: Succession(code, "SU", "1991-12-26") for code in _SOVIET_REPUBLICS}
PERSON_SUCCESSIONS.update({code: Succession(code, "SU", "1991-09-06") for code in ("EE", "LV", "LT")})


class FormerSeat(NamedTuple):
    city: str           # the city's canonical name in the gazetteer
    country: str        # its country code in the gazetteer (its present country)
    state: str          # the state it was the seat of government of
    until: str          # first day it no longer was (YYYY-MM-DD)


# Seats of states that ended without a successor in SUCCESSIONS, or that moved.
FORMER_SEATS = (
    FormerSeat("Belgrade", "RS", "YU", "2003-02-04"),      # Yugoslavia: the Socialist Federal Republic, then (from
    # 1992) the Federal Republic, which kept the ISO code YU
    FormerSeat("Belgrade", "RS", "CS", "2006-06-05"),      # Serbia and Montenegro
    FormerSeat("East Berlin", "DD", "DD", "1990-10-03"),   # the German Democratic Republic
    FormerSeat("Bonn", "DE", "DE", "1999-07-01"),          # West Germany, then Germany's seat until the move
    FormerSeat("Hanoi", "VN", "VD", "1976-07-02"),         # North Vietnam, until the reunified Vietnam
    FormerSeat("Aden", "YE", "YD", "1990-05-22"),          # South Yemen, until the union with North Yemen
)
_SEATS: dict[tuple[str, str], list[FormerSeat]] = {}   # a city's seats in time order (Belgrade: YU, then CS)
for _seat in sorted(FORMER_SEATS, key=lambda s: s.until):
    _SEATS.setdefault((_seat.city.casefold(), _seat.country), []).append(_seat)
# States that ended, parts of which are states today (a person of one may have held office in the union)
DISSOLVED_UNIONS = frozenset({s.predecessor for s in SUCCESSIONS} | {s.state for s in FORMER_SEATS} - {"DE"})
RETYPED = ("COUNTRY", "NORP", "ORG", "PERSON")   # never CITY: cities keep their present country


def seat_ended(code: Optional[str]) -> Optional[str]:
    """The first day the state `code` had no seat of government of its own (`FORMER_SEATS`): the day it
    ended ("YD": 1990-05-22), or None for a state with no former seat."""
    return max((s.until for s in FORMER_SEATS if s.state == code), default=None)


def state_on(code: Optional[str], date: Optional[str], person: bool = False) -> Optional[str]:
    """The state `code` was part of on `date` (YYYY-MM-DD, or a prefix); `code` itself otherwise. A
    `person`'s state: also the union of the Soviet republics (`PERSON_SUCCESSIONS`)."""
    s = _BY_SUCCESSOR.get(code or "") or (PERSON_SUCCESSIONS.get(code or "") if person else None)
    if s is None or not date or date[:10] >= s.until[:len(date[:10])]:
        return code
    return s.predecessor


def of_its_time(e, date: Optional[str]) -> Optional[str]:
    """The date whose state a resolved entity `e` is named as: the article's `date`, but for a person every
    one of whose offices the sources give ended before it, the end of the last ("long-time Soviet Foreign
    Minister Andrey Gromyko" in a 2024 story is the Soviet Union's man: he held office until 1988). A person
    with an office open or of no known end is of the article's date. In a text of no date (nor year), such a
    person is of the end of his last office too: a memorandum that lists "Foreign Minister Andrey A. Gromyko"
    names the Soviet Union's minister."""
    roles = getattr(e, "roles", None) if getattr(e, "entity_type", None) == "PERSON" else None
    if not roles or any(not r.end for r in roles):
        return date
    last = max(r.end for r in roles)
    return last if not date or last[:10] < date[:10] else date


def one_state(a: Optional[str], b: Optional[str]) -> bool:
    """Whether `a` and `b` are one state, or a state and its predecessor (Russia and the Soviet
    Union): its expelling the other's diplomats would be a recall, never an expulsion."""
    if a is None or b is None:
        return False
    return a == b or state_on(a, "0000") == b or state_on(b, "0000") == a


def _before(date: str, until: str) -> bool:
    return date[:10] < until[:len(date[:10])]


def seat_acts_for(r: Resolution, date: Optional[str]) -> Optional[str]:
    """The state a CITY acts for on `date`: a former seat's state while it was the seat (else not
    at all), a capital's state as of the date ("Moscow" in 1971 acts for the Soviet Union)."""
    seats = _SEATS.get(((r.canonical_name or "").casefold(), r.country_code or ""))
    if seats and date:
        for seat in seats:
            if _before(date, seat.until):
                return seat.state
        return state_on(r.acts_for, date) if seats[-1].state == r.acts_for else r.acts_for
    return state_on(r.acts_for, date)


def as_of(r: Resolution, date: Optional[str], country_entity) -> Resolution:
    """`r` with its state as of `date`: a COUNTRY or NORP becomes the predecessor country itself;
    an ORG or PERSON keeps its entity but its country (and the state it acts for) is the predecessor.
    `country_entity(code)` gives the gazetteer's COUNTRY entity for a code. A CITY keeps its
    country; the state it acts for is the state of the date (`seat_acts_for`)."""
    if r.entity_id is not None and r.entity_type == "CITY" and date:
        acts_for = seat_acts_for(r, date)
        return r if acts_for == r.acts_for else r._replace(acts_for=acts_for)
    if r.entity_id is None or r.entity_type not in RETYPED or not date:
        return r
    person = r.entity_type == "PERSON"
    code = state_on(r.country_code, date, person)
    if code == r.country_code:
        return r
    acts_for = state_on(r.acts_for, date, person)
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


def predecessor_body(gaz, r: Resolution) -> Resolution:
    """`r` (already `as_of` its date) with a body named after its state made the predecessor state's
    body of the same name: "the Russian Foreign Ministry" in 1976 is the "Ministry of Foreign Affairs
    of the Soviet Union", "the Czech government" in 1985 Czechoslovakia's. Only a body whose own name
    holds its state's name ("... of Russia"), and only when the gazetteer knows exactly one
    predecessor's body by that name with the state swapped; a generated mission is named anew ("the
    Russian embassy in Paris" in 1971: Embassy of the Soviet Union, Paris); "the Kremlin" keeps its name
    (`as_of`)."""
    if r.entity_type != "ORG" or not r.canonical_name or not r.acts_for or r.acts_for == r.country_code \
            or state_on(r.country_code, "0000") != r.acts_for:
        return r
    own, then = gaz.country(r.country_code), gaz.country(r.acts_for)
    if own is None or then is None:
        return r
    own_name = re.compile(r"\b(?:the\s+)?" + re.escape(own.canonical_name) + r"\b")
    if not own_name.search(r.canonical_name):
        return r
    for form in (f"the {then.canonical_name}", then.canonical_name):
        name = own_name.sub(form, r.canonical_name)
        hits = {e.entity_id: e for e in gaz.lookup_exact(name, types=("ORG",)) if e.country_code == then.country_code}
        if len(hits) == 1:
            (body,) = hits.values()
            return r._replace(entity_id=body.entity_id, canonical_name=body.canonical_name,
                              country_code=body.country_code, acts_for=body.acts_for or r.acts_for)
    if (r.entity_id or "").startswith("mission:"):   # generated: "Embassy of Russia, Paris" in 1971
        kind, _, host = r.entity_id.split(":", 3)[1:]
        return r._replace(entity_id=f"mission:{kind}:{then.country_code}:{host}", country_code=then.country_code,
                          canonical_name=own_name.sub(article_for(then.canonical_name) + then.canonical_name,
                                                      r.canonical_name, count=1))
    return r


_YEAR = re.compile(r"(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d.,]\d)")


def years_named(text: str) -> set:
    """The years ("YYYY", 1800-2099) a text names."""
    return set(_YEAR.findall(text))


def era_of(text: str) -> Optional[str]:
    """For an undated text, the latest year it mentions ("YYYY"), or None: a 1987 note that
    speaks of 1986 is not about today's Russia."""
    years = _YEAR.findall(text)
    return max(years) if years else None
