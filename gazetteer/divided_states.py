"""The short name two states share is the one of the two the story names.

"Korea" and "Korean" name both South and North Korea, "Congo" both Republics of the Congo: the
gazetteer holds neither short name, since neither state owns it. A reader takes the one of the two
states the story names elsewhere ("South Korean President Chun ... if Korea does not keep on
the same path"); a story that names both, or neither, leaves the short name unknown.

The shared names are derived from the countries' own names, not listed: a country's name or
demonym without a leading compass word ("South Korea", "North Korean") or without "Republic of
the" ("Democratic Republic of the Congo"), when at least two states give the same rest and no
state is called by it itself ("East Germany" gives no shared "Germany").
"""
from __future__ import annotations

from collections import Counter
from typing import Optional, Sequence

from gazetteer.history import as_of, state_on
from gazetteer.model import normalise
from gazetteer.resolution import Resolution

_COMPASS = ("north", "south", "east", "west")
_REPUBLIC_OF = ("democratic republic of the", "republic of the")
_SHARED: dict = {}


def _rest(name: str) -> Optional[str]:
    key = normalise(name)
    first, _, rest = key.partition(" ")
    if first in _COMPASS and rest:
        return rest
    for prefix in _REPUBLIC_OF:
        if key.startswith(prefix + " "):
            return key[len(prefix) + 1:]
    return None


def shared_names(gaz) -> dict:
    """{normalised shared name: (entity type, (country codes))} for the gazetteer's countries."""
    key = id(gaz)
    if key in _SHARED:
        return _SHARED[key]
    found: dict = {}
    for e in gaz.countries():
        for name in e.names():
            rest = _rest(name)
            if rest:
                found.setdefault(rest, ("COUNTRY", set()))[1].add(e.country_code)
        for demonym in e.demonyms:
            rest = _rest(demonym)
            if rest:
                found.setdefault(rest, ("NORP", set()))[1].add(e.country_code)
    shared = {k: (t, tuple(sorted(codes))) for k, (t, codes) in found.items()
              if len(codes) > 1 and not gaz.lookup_exact(k, types=("COUNTRY",)) and gaz.lookup_demonym(k) is None}
    _SHARED.clear()
    _SHARED[key] = shared
    return shared


def divided_state_names(gaz, queries: Sequence, answers: list, date: Optional[str]) -> list:
    """`answers` with each unknown shared short name linked to the one of its states the story names."""
    if gaz is None:
        return answers
    shared = shared_names(gaz)
    asked = [i for i, (q, a) in enumerate(zip(queries, answers))
             if a is not None and a.entity_id is None and a.entity_type != "PERSON" and normalise(q.text) in shared]
    if not asked:
        return answers
    named = Counter(state_on(a.country_code, date) for a in answers
                    if a is not None and a.entity_id and a.country_code and a.entity_type in ("COUNTRY", "NORP"))
    out = list(answers)
    for i in asked:
        etype, codes = shared[normalise(queries[i].text)]
        chosen = [c for c in codes if named[state_on(c, date)]]
        if len(chosen) == 1:
            e = gaz.country(chosen[0])
            r = Resolution(etype, e.entity_id, e.canonical_name, e.country_code,
                           e.country_code if etype == "COUNTRY" else None, None, 0.9, "context")
            out[i] = as_of(r, date, gaz.country)
    return out
