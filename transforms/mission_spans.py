"""Missions named with a lower-case kind: "Russia's embassy in London", "Moscow's mission to London",
"the U.S. consulate in Yekaterinburg", "the Soviet embassy".

The model takes "the Russian Embassy" for a body, but in "Russia's embassy" it
sees only the state, and "embassy" is left out of every name: the mission's
words said who sent it, yet no mention said so. `with_mission_spans` adds the
name: the sending state's span, its possessive, and the kind of mission
(gazetteer/missions.py's words), as one ORG span; the state stays a name of its
own inside it (nested), as "Kenya" inside "Kenya's foreign ministry".

Only where the words cannot mean something else:
- a capital with no possessive names the host ("the Moscow embassy" is the one in
  Moscow): no span, the state that sent it is not said;
- "mission" is a diplomatic one only when a place or the United Nations follows
  ("Moscow's mission to London", "Israel's mission to the UN"; not "Russia's
  mission in Syria was a military one": "Syria" is a country, a mission's host is
  a city, or "Russia's mission to Mars").
"""
from __future__ import annotations

from typing import Optional, Sequence

from spacy.tokens import Doc

from gazetteer.missions import KINDS

# each kind as its words, longest first ("consulate general" before "consulate")
_KIND_WORDS = sorted((tuple(k.split()) for k in KINDS), key=len, reverse=True)
_POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
_SENDER_LABELS = {"GPE", "NORP", "LOC", "GAZ:COUNTRY", "GAZ:NORP", "GAZ:CITY"}
_HOST_LINKS = {"to", "in", "at"}
_UNITED_NATIONS = {"united nations", "un", "u.n.", "u.n"}


def _kind_end(doc: Doc, k: int) -> Optional[int]:
    """Where the mission's kind word(s) starting at token k end ("high commission"), else None."""
    for words in _KIND_WORDS:
        if k + len(words) <= len(doc) and all(doc[k + j].lower_ == w for j, w in enumerate(words)):
            return k + len(words)
    return None


def named_mission(doc: Doc, start: int, end: int, gazetteer: Sequence[tuple[int, int, str]]) -> bool:
    """Is the span a state's mission and nothing more, "<state>['s] <kind>" ("Venezuelan Embassy", which the
    model may call a person before "charge d'affaires Ariel Vargas")? The state must be a country or a
    demonym the gazetteer knows, and no mission is "... Mission" alone ("Russian Mission" may be a ship)."""
    states = {e for s, e, lab in gazetteer if s == start and lab in ("GAZ:COUNTRY", "GAZ:NORP")}
    for k in states:
        k += k < end and doc[k].lower_ in _POSSESSIVE
        if k < end and _kind_end(doc, k) == end and doc[end - 1].lower_ != "mission":
            return True
    return False


def _host_follows(doc: Doc, k: int, spans_at: dict, cities: set) -> bool:
    """ "to London", "to the United Nations": a city or the UN right after the kind (not "in Syria")."""
    if k >= len(doc) or doc[k].lower_ not in _HOST_LINKS:
        return False
    k += 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    span = spans_at.get(k)
    if span is None:
        return False
    s, e, _ = span
    return (s, e) in cities or doc[s:e].text.lower() in _UNITED_NATIONS


def with_mission_spans(doc: Doc, merged: Sequence[tuple[int, int, str, str]],
                       gazetteer: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str, str]]:
    """`merged` (start, end, label, origin) with each "<state>['s] <kind>" made one ORG span (origin
    'mission') and the state's span kept inside it (origin 'nested'). The state must be a name the
    gazetteer knows; a kind the model took for a body of its own ("Pakistan's High Commission") joins it."""
    cities = {(s, e) for s, e, lab in gazetteer if lab == "GAZ:CITY"}
    states = {(s, e) for s, e, lab in gazetteer if lab in ("GAZ:COUNTRY", "GAZ:NORP")}
    outer = [(s, e, lab) for s, e, lab, o in merged if o != "nested"]
    taken = {t for s, e, _ in outer for t in range(s, e)}
    spans_at = {s: (s, e, lab) for s, e, lab in outer}
    out, joined = [], set()
    for s, e, label, origin in merged:
        if origin == "nested" or not _SENDER_LABELS & set(label.split("|")) or (s, e) not in states | cities:
            out.append((s, e, label, origin))
            continue
        k = e
        own = k < len(doc) and doc[k].lower_ in _POSSESSIVE
        k += own
        end = _kind_end(doc, k)
        body = spans_at.get(k)
        kind_alone = body is not None and body[1] == end and body[2].split("|")[0] == "ORG"
        if end is None or (taken.intersection(range(k, end)) and not kind_alone) \
                or ((s, e) in cities and (s, e) not in states and not own) \
                or (doc[end - 1].lower_ == "mission" and not _host_follows(doc, end, spans_at, cities)):
            out.append((s, e, label, origin))
            continue
        out.append((s, end, "ORG", "mission"))
        out.append((s, e, label, "nested"))
        if kind_alone:
            joined.add((k, end))
    return sorted(m for m in out if not (m[3] != "nested" and m[:2] in joined))
