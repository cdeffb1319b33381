"""Towns a larger namesake of the same country keeps out of the gazetteer, held for 'Town, Region' alone.

The gazetteer holds one town per name per country: the largest GeoNames town of a name keeps it
(gazetteer/sources_geonames.py), so a bare "Norwood" is Norwood, Massachusetts and no story's bare
"Portland" turns into a contest between Oregon and Maine. But American news writes a lesser namesake
with its state ("Norwood, Ohio", "Bloomington, Ill.", "Portland, Maine", "Columbus, Ga."), and the
state says which town it is: GeoNames gives every town its first-level region (admin1 code), and
for the United States that code is the state's postal code.

So the build also writes the GeoNames towns it left out for a namesake in another region of the same
country (`gazetteer/data/region_namesakes.csv`: id, name, country, region, population, known names), and
`towns_in_regions` finds them by name, country and region: only where the text names the region
(transforms/namesake_cities.py reads 'Town, State'). They are in no name index, phrase list or
surname index: a name alone never reaches them.
"""
from __future__ import annotations

import csv
import functools
import os
from typing import Dict, Iterable, List, Sequence, Tuple

from gazetteer.model import Entity, normalise

DATA_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "region_namesakes.csv")
COLUMNS = ["geonameid", "name", "country_code", "region", "population", "known_names"]


def left_out(built: Iterable[Entity], cities: Sequence[Entity]) -> List[Entity]:
    """The GeoNames `cities` (rows as sources_geonames.geonames_cities gives them) that the `built`
    entities do not hold, whose main name a built town of the same country and another region bears as
    its main name (a GeoNames town, or an older source's city placed by its largest GeoNames row), sorted
    by id."""
    built = list(built)
    ids = {e.entity_id for e in built}
    held: Dict[Tuple[str, str], set] = {}
    for e in built:
        if e.entity_type == "CITY" and e.region:
            held.setdefault((e.country_code, normalise(e.canonical_name)), set()).add(e.region)
    named: Dict[str, set] = {}     # a name -> the countries whose built towns bear it (any of their names)
    for e in built:
        if e.entity_type == "CITY":
            for n in e.names():
                named.setdefault(normalise(n), set()).add(e.country_code)
    out = [c for c in cities
           if c.entity_id not in ids and c.region
           and (held.get((c.country_code, normalise(c.canonical_name)), {c.region}) - {c.region}
                or _abroad_only(named.get(normalise(c.canonical_name), set()), c.country_code))]
    return sorted(out, key=lambda c: int(c.entity_id.split(":")[1]))


def _abroad_only(countries: set, own: str) -> bool:
    """Do only towns of other countries bear the name (the build gave it to a far larger namesake
    abroad: St. Petersburg, Florida, beside Saint Petersburg, Russia)?"""
    return bool(countries) and own not in countries


def write(built: Iterable[Entity], cities: Sequence[Entity], path: str = DATA_PATH) -> int:
    rows = left_out(built, cities)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(COLUMNS)
        for c in rows:
            w.writerow([c.entity_id.split(":")[1], c.canonical_name, c.country_code, c.region, c.population,
                        c.known_names or 0])
    return len(rows)


@functools.lru_cache(maxsize=1)
def _table() -> Dict[Tuple[str, str], List[Entity]]:
    table: Dict[Tuple[str, str], List[Entity]] = {}
    if not os.path.exists(DATA_PATH):
        return table
    with open(DATA_PATH, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            e = Entity(entity_id=f"geonames:{r['geonameid']}", canonical_name=r["name"], entity_type="CITY",
                       country_code=r["country_code"], population=int(r["population"]), region=r["region"],
                       known_names=int(r["known_names"] or 0), sources=["geonames"])
            table.setdefault((r["country_code"], normalise(r["name"])), []).append(e)
    for towns in table.values():
        towns.sort(key=lambda e: (-(e.population or 0), e.entity_id))
    return table


def towns_in_regions(name: str, country: str, regions: Iterable[str]) -> List[Entity]:
    """The left-out towns called `name` in `country` within one of `regions` (GeoNames admin1 codes),
    largest first."""
    regions = set(regions)
    return [e for e in _table().get((country, normalise(name)), []) if e.region in regions]
