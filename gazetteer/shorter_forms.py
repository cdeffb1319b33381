"""One person the sources hold twice, once by a shorter form of the full name.

The Phoenix dictionary lists Sudan's president as "Omar Hassan Ahmad al Bashir" (1989-2015) and again as
"Umar al Bashir", also "Omar al Bashir" (2003-2009): two entities, so a mention links to one or the other
and a spelling between them to neither. Two people of one state are one when

- their offices overlap in time (or touch),
- a name of one, of three words or more, is the other's full name with words left out: the same first
  and last word, the rest in order ("omar al bashir" in "omar hassan ahmad al bashir"),
- the words left out hold no link of descent ("bin", "ibn": "Khalid bin Ahmad al Khalifa" is not
  "Khalid bin Ahmad bin Salman al Khalifa", a cousin of another line), and
- they are not two Wikidata items (two QIDs are two people), and the shorter form fits one person only.

The person with the longer name keeps it as the canonical name, the other's names become aliases; but a
Wikidata item keeps its id and its name, the longer name its alias.
"""
from __future__ import annotations

from typing import Dict, List, Optional, Sequence, Tuple

from gazetteer.model import Entity, normalise

MIN_WORDS = 3
DESCENT = frozenset({"bin", "ibn", "bint", "ben", "binti", "ould"})


def _span(e: Entity) -> Optional[Tuple[str, str]]:
    if not e.roles:
        return None
    return min(r.start or "0000" for r in e.roles), max(r.end or "9999" for r in e.roles)


def _overlap(a: Entity, b: Entity) -> bool:
    sa, sb = _span(a), _span(b)
    return sa is not None and sb is not None and sa[0] <= sb[1] and sb[0] <= sa[1]


def _countries(e: Entity) -> set:
    return {r.country for r in e.roles if r.country} | ({e.country_code} if e.country_code else set())


def left_out(short: Sequence[str], full: Sequence[str]) -> Optional[List[str]]:
    """The words of `full` that `short` leaves out, if `short` is `full` with words left out (same first and
    last word, the rest in order); None otherwise."""
    if len(short) >= len(full) or short[0] != full[0] or short[-1] != full[-1]:
        return None
    out, i = [], 0
    for w in full:
        if i < len(short) and w == short[i]:
            i += 1
        else:
            out.append(w)
    return out if i == len(short) else None


def shorter_form_of(short: Entity, full: Entity) -> bool:
    """Is a name of `short` the full name of `full` with words left out, by the rules above?"""
    if short.entity_id.startswith("Q") and full.entity_id.startswith("Q"):
        return False
    if not (_countries(short) & _countries(full)) or not _overlap(short, full):
        return False
    whole = normalise(full.canonical_name).split()
    for n in short.names():
        words = normalise(n).split()
        if len(words) >= MIN_WORDS:
            gone = left_out(words, whole)
            if gone and not DESCENT & set(gone):
                return True
    return False


def merge_shorter_forms(people: List[Entity], merge_into) -> List[Entity]:
    """`people` with each person held by a shorter form of another's full name folded into that one
    (`merge_into(target, other)` folds names and roles)."""
    by_last: Dict[str, List[Entity]] = {}
    for e in people:
        words = normalise(e.canonical_name).split()
        if len(words) > MIN_WORDS:
            by_last.setdefault(words[-1], []).append(e)
    folded: Dict[str, Entity] = {}
    for e in people:
        lasts = {normalise(n).split()[-1] for n in e.names() if normalise(n).split()}
        fulls = [f for last in sorted(lasts) for f in by_last.get(last, [])
                 if f is not e and f.entity_id not in folded and shorter_form_of(e, f)]
        fulls = list({f.entity_id: f for f in fulls}.values())
        if len(fulls) == 1 and e.entity_id not in {x.entity_id for x in folded.values()}:
            folded[e.entity_id] = fulls[0]
    folded = {k: f for k, f in folded.items() if f.entity_id not in folded}   # no chains
    by_id = {p.entity_id: p for p in people}
    gone = set()
    for short_id, full in folded.items():
        short = by_id[short_id]
        if short.entity_id.startswith("Q"):   # a Wikidata item keeps its id and its name ("Mark Lyall Grant")
            merge_into(short, full)
            gone.add(full.entity_id)
        else:
            merge_into(full, short)
            gone.add(short_id)
    return [p for p in people if p.entity_id not in gone]
