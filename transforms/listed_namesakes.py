"""A town listed with a town of another country, in a story that names nothing else of its own country, is the namesake that town's region holds.

"Flooding closed schools across suburban Tampa and St. Petersburg" is St. Petersburg, Florida, not
Russia's: a list of towns ("Tampa and St. Petersburg", "Tampa, St. Petersburg or Clearwater") names
towns of one place, and the gazetteer gives the name to the far larger namesake abroad (it holds one
town per name, gazetteer/sources_geonames.py). The build keeps the towns it so left out, with their
first-level region (gazetteer/region_namesakes.py), so the region of the town beside the name says
which namesake it is.

A bare town name moves only when:

* a town of another country stands right beside it, joined by a comma, "and" or "or" (no capital:
  "Washington" speaks for its state and places nothing), and the gazetteer or the build's left-out
  towns hold a town of the name in that town's country and region;
* nothing else the story names belongs to the linked town's country (no "Russian", no "Moscow", no
  Russian minister): a story of both countries keeps the resolver's choice;
* the name is placed nowhere by 'Town, State' or 'Town, Country' (transforms/namesake_cities.py reads those).

The story's other mentions of the name that went to the same town go with it. A capital keeps its link.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from gazetteer.history import as_of, one_state
from gazetteer.model import normalise
from gazetteer.region_namesakes import towns_in_regions
from gazetteer.resolution import Resolution
from transforms.namesake_cities import placed_by

_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")


def _town(gaz, q, a):
    """The gazetteer's town answer `a` (to query `q`) links to, or None (a capital, no town)."""
    if a is None or a.entity_type != "CITY" or not a.entity_id or a.acts_for:
        return None
    return next((e for e in gaz.lookup_exact(q.text, types=("CITY",)) if e.entity_id == a.entity_id), None)


def neighbour_regions(gaz, queries: Sequence, answers: list, i: int, text: str) -> set:
    """(country, region) of the towns listed right beside name `i` ("Tampa and St. Petersburg")."""
    out = set()
    for j in (i - 1, i + 1):
        if not 0 <= j < len(answers):
            continue
        first, second = sorted((queries[i], queries[j]), key=lambda q: q.start_char)
        if not _LIST_JOIN.fullmatch(text[first.end_char:second.start_char]):
            continue
        town = _town(gaz, queries[j], answers[j])
        if town is not None and town.region and town.country_code:
            out.add((town.country_code, town.region))
    return out


def namesake_beside(gaz, name: str, country: str, region: str):
    """The largest town called `name` in `region` of `country` that the gazetteer or the build's
    left-out towns hold, or None."""
    held = sorted((e for e in gaz.lookup_exact(name, types=("CITY",))
                   if e.country_code == country and e.region == region),
                  key=lambda e: (-(e.population or 0), e.entity_id))
    found = held or towns_in_regions(name, country, {region})
    return found[0] if found else None


def listed_namesakes(gaz, queries: Sequence, answers: list, date: Optional[str], text: Optional[str] = None) -> list:
    """`answers` with a bare town listed beside a town of another country taken for that town's
    namesake in the same region (see the module's doc)."""
    if gaz is None or not text:
        return answers
    out = list(answers)
    moved: dict = {}    # (name, linked id) -> the answer it moves to
    for i, a in enumerate(answers):
        own = _town(gaz, queries[i], a)
        if own is None or not own.country_code or placed_by(gaz, queries, answers, i, text) != (None, None):
            continue
        key = (normalise(queries[i].text), a.entity_id)
        if key in moved:
            continue
        beside = {(c, r) for c, r in neighbour_regions(gaz, queries, answers, i, text)
                  if not one_state(c, own.country_code)}
        if len(beside) != 1:
            continue
        if any(o is not None and one_state(o.country_code, own.country_code)
               for j, o in enumerate(answers) if normalise(queries[j].text) != key[0]):
            continue   # the story names the linked town's country otherwise: its choice stands
        country, region = beside.pop()
        there = namesake_beside(gaz, queries[i].text, country, region)
        if there is not None:
            moved[key] = as_of(Resolution("CITY", there.entity_id, there.canonical_name, there.country_code,
                                          there.acts_for, score=a.score, method=a.method), date, gaz.country)
    if not moved:
        return answers
    for i, a in enumerate(answers):
        r = moved.get((normalise(queries[i].text), a.entity_id)) if a is not None else None
        if r is not None:
            out[i] = r
    return out
