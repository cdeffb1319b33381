"""A body that did not exist on the article's date is not what the article names.

Party Facts gives parties the years they began and ended. A 1987 story's "BP" (British Petroleum)
is no Brexit Party, founded in 2018, nor the Dutch Farmers Party ("Bp"), dissolved in 1977; a 1987
story's "centrist Alliance" is no French Centrist Alliance of 2009. So a body linked by the
gazetteer is unknown when

- it was founded after the article's year, or
- it was dissolved more than `YEARS_REMEMBERED` years before and the text names it by a short
  form or an abbreviation rather than its full name (a story may recall a dissolved party by name).
  A story that names the body in full names it by its short forms too: "the Bangladesh Nationalist
  Party (BNP) ... the BNP said" in 2025 is that party, whatever year the source last saw it.

A body that ended on a day its successor began (a source gives both days: the Institute for
Government's Foreign and Commonwealth Office ends on 2 September 2020, the day the Foreign,
Commonwealth and Development Office begins) is, in a story dated from that day on, named for its
successor: "the Foreign Office" in 2023 is the FCDO. Bodies known only by the year are never taken
for each other's successors.
"""
from __future__ import annotations

from typing import Optional, Sequence
from weakref import WeakKeyDictionary

from gazetteer.model import normalise
from gazetteer.resolution import Resolution

YEARS_REMEMBERED = 1   # a party dissolved last year is still named by its short form
_DAY = len("2020-09-02")
_SUCCESSORS: WeakKeyDictionary = WeakKeyDictionary()


def _successors(gaz) -> dict:
    """(country, state acted for, day) -> the bodies founded on that day, of the gazetteer `gaz`."""
    found = _SUCCESSORS.get(gaz)
    if found is None:
        found = {}
        for e in getattr(gaz, "entities", ()):
            if e.entity_type == "ORG" and e.founded and len(e.founded) == _DAY:
                found.setdefault((e.country_code, e.acts_for, e.founded), []).append(e)
        _SUCCESSORS[gaz] = found
    return found


def successor_on(gaz, e, date: Optional[str]):
    """The one body that took over from `e` on the day `e` ended, if `date` is that day or later."""
    if not e.dissolved or len(e.dissolved) != _DAY or not date or date[:_DAY] < e.dissolved:
        return None
    heirs = _successors(gaz).get((e.country_code, e.acts_for, e.dissolved), [])
    return heirs[0] if len(heirs) == 1 else None


def _entity(gaz, q, entity_id: str):
    for e in gaz.lookup_exact(q.text, types=("ORG",)):
        if e.entity_id == entity_id:
            return e
    return None


def _named_in_full(gaz, queries: Sequence, answers: list) -> set:
    """The ids of the bodies the text names by their canonical (full) name."""
    out = set()
    for q, a in zip(queries, answers):
        if a is not None and a.entity_type == "ORG" and a.entity_id:
            e = getattr(gaz, "by_id", {}).get(a.entity_id)
            if e is not None and normalise(q.text) == normalise(e.canonical_name):
                out.add(e.entity_id)
    return out


def bodies_out_of_time(gaz, queries: Sequence, answers: list, date: Optional[str]) -> list:
    """`answers` with the bodies that did not exist on the article's `date` left unknown."""
    year = (date or "")[:4]
    if gaz is None or not year.isdigit():
        return answers
    out = list(answers)
    named_in_full = _named_in_full(gaz, queries, answers)
    for i, (q, a) in enumerate(zip(queries, answers)):
        if a is None or a.entity_type != "ORG" or a.entity_id is None:
            continue
        e = _entity(gaz, q, a.entity_id) or getattr(gaz, "by_id", {}).get(a.entity_id)
        if e is None or not (e.founded or e.dissolved):
            continue
        heir = successor_on(gaz, e, date)
        if heir is not None:   # "the Foreign Office" in 2023: the FCDO, which took over in 2020
            out[i] = a._replace(entity_id=heir.entity_id, canonical_name=heir.canonical_name,
                                country_code=heir.country_code, acts_for=heir.acts_for, method="context")
            continue
        founded_later = bool(e.founded) and e.founded[:4] > year
        gone = bool(e.dissolved) and int(e.dissolved[:4]) + YEARS_REMEMBERED < int(year) \
            and normalise(q.text) != normalise(e.canonical_name) and e.entity_id not in named_in_full
        if founded_later or gone:
            out[i] = Resolution("ORG", None, q.text.strip(), method="nil")
    return out
