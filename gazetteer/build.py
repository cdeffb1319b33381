"""Build gazetteer/data/gazetteer.jsonl.gz (and given_name_sex.csv and region_namesakes.csv beside it) from the shipped sources.

    python -m gazetteer.build                 # rebuild the artifact in place
    python -m gazetteer.build --out /tmp/g.jsonl.gz
    python -m gazetteer.build --report        # rebuild and print a coverage report
    python -m transforms.phrase_cache         # after a rebuild: the recogniser's phrases for it

Reads only gazetteer/sources/ (no network, no extra packages). Output is
deterministic: entities sorted by entity_id, lists sorted and de-duplicated,
JSON with sorted keys, gzip with mtime=0 -- two builds are byte-identical.

Order of work: read every source into `Entity` objects, merge the same
organisation/city (same normalised name, same country) and the same person
(same QID, or same normalised name and country), then write.
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import os
from collections import Counter
from typing import Dict, Iterable, List, Optional, Tuple

from gazetteer.model import Entity, normalise
from gazetteer.sources_common import clean_aliases
from gazetteer import given_name_sex, region_namesakes
from gazetteer import (sources_countries, sources_curated, sources_geonames, sources_ifg,
                       sources_officeholders, sources_partyfacts, sources_phoenix, sources_phoenix_unmarked)
from gazetteer.shorter_forms import merge_shorter_forms
from gazetteer.sources_translit import transliteration_variants

DEFAULT_OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "gazetteer.jsonl.gz")


# ---------------------------------------------------------------- merging
def _merge_into(target: Entity, other: Entity) -> None:
    """Fold `other` into `target`: names, demonyms, roles and sources are unioned."""
    if other.canonical_name != target.canonical_name:
        target.aliases.append(other.canonical_name)
    target.aliases.extend(other.aliases)
    target.demonyms.extend(other.demonyms)
    target.roles.extend(other.roles)
    target.sources.extend(other.sources)
    target.country_code = target.country_code or other.country_code
    target.sex = target.sex if other.sex in (None, target.sex) else (other.sex if target.sex is None else None)
    target.acts_for = target.acts_for or other.acts_for
    target.founded, target.dissolved = _life(target, other)
    if other.population is not None:
        if other.population > (target.population or 0):
            target.region = other.region or target.region
        target.population = max(target.population or 0, other.population)
    if other.known_names is not None:
        target.known_names = max(target.known_names or 0, other.known_names)


def _life(a: Entity, b: Entity) -> Tuple[Optional[str], Optional[str]]:
    """(founded, dissolved) of two records of one body: from the first founding to the last end, and no
    end while a dated record runs on (Sinn Fein of 1905-1970 and of 1970- are one party, alive today)."""
    founded = min((y for y in (a.founded, b.founded) if y), default=None)
    if any(e.founded and not e.dissolved for e in (a, b)):
        return founded, None
    return founded, max((y for y in (a.dissolved, b.dissolved) if y), default=None)


def _id_rank(entity_id: str) -> Tuple[int, str]:
    """QIDs beat generated ids."""
    return (0 if entity_id.startswith("Q") else 1, entity_id)


def merge_by_id(entities: Iterable[Entity]) -> List[Entity]:
    by_id: Dict[str, Entity] = {}
    for e in entities:
        if e.entity_id in by_id:
            _merge_into(by_id[e.entity_id], e)
        else:
            by_id[e.entity_id] = e
    return list(by_id.values())


def merge_places_and_orgs(entities: List[Entity]) -> List[Entity]:
    """Merge CITY/ORG entities sharing a normalised name within one country.

    Cities merge on canonical names (capital "Minsk" + curated "Minsk"); ORGs
    that act for a state, and international ORGs, merge when any name overlaps (the generated
    "Ministry of Foreign Affairs of the United States" into the State
    Department). Earlier entities win the canonical name.
    """
    out: List[Entity] = []
    index: Dict[Tuple[str, str, str], Entity] = {}
    for e in entities:
        if e.entity_type not in ("CITY", "ORG"):
            out.append(e)
            continue
        scope = e.acts_for or e.country_code or ""
        international = e.entity_type == "ORG" and (e.acts_for or not e.country_code)
        names = [e.canonical_name] + (e.aliases if international else [])
        keys = [(e.entity_type, scope, normalise(n)) for n in names]
        hit = next((index[k] for k in keys if k in index), None)
        if e.entity_type == "CITY":   # later cities also register their aliases
            keys += [(e.entity_type, scope, normalise(n)) for n in e.aliases]
        if hit is not None:
            _merge_into(hit, e)
            if _id_rank(e.entity_id) < _id_rank(hit.entity_id):
                hit.entity_id = e.entity_id
            target = hit
        else:
            out.append(e)
            target = e
        for k in keys:
            index.setdefault(k, target)
    return out


_UMLAUT_SPELLINGS = (("oe", "o"), ("ue", "u"), ("ae", "a"))


def umlaut_folded(key: str) -> str:
    """A normalised name with a German umlaut's two spellings made one ("schroeder" and "schroder",
    both written for Schröder, -> "schroder")."""
    for two, one in _UMLAUT_SPELLINGS:
        key = key.replace(two, one)
    return key


class PersonMerger:
    """Collects PERSON entities; same QID or same normalised name + country -> one entity; a person of
    no state (an intergovernmental organisation's head) joins the one person of that name, if one.
    A name matches as written first, then with an umlaut's spellings made one ("Gerhard Schroder"
    and "Gerhard Schroeder", one person of one state that the Phoenix dictionary lists twice)."""

    def __init__(self) -> None:
        self.people: List[Entity] = []
        self.by_id: Dict[str, Entity] = {}
        self.by_name: Dict[Tuple[str, str], List[Entity]] = {}
        self.by_name_alone: Dict[str, List[Entity]] = {}   # for a person of no state (an IGO's head)

    @staticmethod
    def countries(e: Entity) -> set:
        cs = {r.country for r in e.roles if r.country}
        if e.country_code:
            cs.add(e.country_code)
        return cs

    def _index(self, e: Entity) -> None:
        for n in e.names():
            alone = self.by_name_alone.setdefault(normalise(n), [])
            if e not in alone:
                alone.append(e)
            for c in self.countries(e):
                for key in {normalise(n), umlaut_folded(normalise(n))}:
                    lst = self.by_name.setdefault((key, c), [])
                    if e not in lst:
                        lst.append(e)

    def find(self, e: Entity) -> Optional[Entity]:
        if e.entity_id in self.by_id:
            return self.by_id[e.entity_id]
        for fold in (normalise, lambda n: umlaut_folded(normalise(n))):   # the name as written first
            for n in e.names():
                for c in sorted(self.countries(e)):
                    cands = self.by_name.get((fold(n), c), [])
                    if len(cands) == 1 and not (e.entity_id.startswith("Q") and cands[0].entity_id.startswith("Q")):
                        return cands[0]
        if not self.countries(e):   # "Paul Wolfowitz" at the World Bank is the one Paul Wolfowitz known
            for n in e.names():
                cands = self.by_name_alone.get(normalise(n), [])
                if len(cands) == 1:
                    return cands[0]
        return None

    def add(self, e: Entity) -> None:
        hit = self.find(e)
        if hit is None:
            self.people.append(e)
            self.by_id[e.entity_id] = e
            target = e
        else:
            _merge_into(hit, e)
            target = hit
        self._index(target)


def finish_person(e: Entity) -> Entity:
    """Country = most frequent role country; roles de-duplicated and sorted; translit aliases."""
    counts = Counter(r.country for r in e.roles if r.country)
    if counts:
        e.country_code = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    e.roles = sorted(set(e.roles), key=lambda r: (r.start or "", r.end or "", r.role_key, r.title, r.country or "", r.source))
    if e.country_code in ("RU", "UA", "BY", "SU"):
        e.aliases.extend(v for n in e.names() for v in transliteration_variants(n))
    return e


# ---------------------------------------------------------------- sources
def collect() -> List[Entity]:
    rows = sources_countries.read_country_rows()
    names = sources_countries.name_to_iso2(rows)
    iso3 = sources_countries.iso3_to_iso2(rows)
    known = dict(names, **{normalise(d): r.iso2 for r in rows for d in r.demonyms})
    per_country = {}
    for r in rows:
        per_country.setdefault(r.iso2, []).extend([r.name, r.official_name, *r.aliases])
    labels = {r.iso2: r.name for r in sources_countries.current_rows(rows)}
    curated = sources_curated.curated_organisations()
    foreign_offices = {e.country_code for e in curated if e.entity_type == "ORG" and e.country_code
                       and any("foreign office" in normalise(n) for n in e.names())}   # Britain's, Germany's
    first = (curated
             + sources_countries.country_entities(foreign_offices)
             + sources_curated.curated_cities()
             + sources_phoenix.place_and_org_entities(iso3, known, per_country))
    _add_short_country_forms(first, iso3, per_country, known)   # "Burkina" for Burkina Faso
    _add_people_nouns(first, iso3, rows, per_country, known)   # "Croat" for Croatia
    taken = {normalise(n): e.country_code or "" for e in first if e.entity_type == "ORG" for n in e.names()}
    others = merge_places_and_orgs(
        first
        + sources_phoenix.security_service_entities(iso3, taken)
        + sources_countries.parliament_entities(taken)          # "the Kenyan Parliament"
        + sources_countries.defence_ministry_entities(first)    # "the British Defence Ministry"
        + sources_partyfacts.party_entities(iso3, labels)
    )
    others = sources_geonames.add_geonames_cities(others, known)   # GeoNames cities last: the older ids stay
    merger = PersonMerger()
    cameo = sources_phoenix.with_cameo_codes(iso3)
    for e in (sources_officeholders.officeholder_entities(names) + sources_ifg.ifg_entities()
              + sources_phoenix.person_entities(cameo) + sources_phoenix_unmarked.unmarked_person_entities(cameo, known)
              + sources_phoenix.igo_ruler_entities(lambda n: sources_phoenix_unmarked.is_person_name(n, {}))):
        merger.add(e)
    # one person held twice, once by a shorter form of the full name ("Umar al Bashir", "Omar Hassan Ahmad al Bashir")
    people = [finish_person(p) for p in merge_shorter_forms(merger.people, _merge_into)]
    return sorted((clean_aliases(e) for e in merge_by_id(others + people)), key=lambda e: e.entity_id)


def _add_short_country_forms(entities: List[Entity], iso3: Dict[str, str], per_country: Dict[str, list],
                             known: Dict[str, str]) -> None:
    """PETRARCH's short forms of countries' names (sources_phoenix.short_country_forms) as the countries'
    names, unless a city of the older sources or of GeoNames bears them."""
    cities = {normalise(n) for e in entities if e.entity_type == "CITY" for n in e.names()} \
        | {normalise(c.canonical_name) for c in sources_geonames.geonames_cities()}
    forms = sources_phoenix.short_country_forms(iso3, per_country, cities | set(known))
    for e in entities:
        if e.entity_type == "COUNTRY" and e.country_code in forms:
            e.aliases.extend(f for f in forms[e.country_code] if f not in e.aliases)


def _add_people_nouns(entities: List[Entity], iso3: Dict[str, str], rows, per_country: Dict[str, list],
                      known: Dict[str, str]) -> None:
    """PETRARCH's nouns for a country's people (sources_phoenix.people_nouns: "Croat", "Croats") as the
    countries' demonyms, unless a city of the older sources or of GeoNames bears them."""
    cities = {normalise(n) for e in entities if e.entity_type == "CITY" for n in e.names()} \
        | {normalise(c.canonical_name) for c in sources_geonames.geonames_cities()}
    nouns = sources_phoenix.people_nouns(iso3, {r.iso2: list(r.demonyms) for r in rows}, cities | set(known),
                                         per_country)
    for e in entities:
        if e.entity_type == "COUNTRY" and e.country_code in nouns:
            e.demonyms.extend(n for n in nouns[e.country_code] if n not in e.demonyms)


# ---------------------------------------------------------------- output
def serialise(entities: List[Entity]) -> bytes:
    lines = [json.dumps(e.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":")) for e in entities]
    raw = ("\n".join(lines) + "\n").encode("utf-8")
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    return buf.getvalue()


def build(out_path: str = DEFAULT_OUT) -> List[Entity]:
    entities = collect()
    data = serialise(entities)
    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    with open(out_path, "wb") as f:
        f.write(data)
    given_name_sex.write(os.path.join(os.path.dirname(os.path.abspath(out_path)), "given_name_sex.csv"))
    region_namesakes.write(entities, sources_geonames.geonames_cities(),
                           os.path.join(os.path.dirname(os.path.abspath(out_path)), "region_namesakes.csv"))
    return entities


def report(entities: List[Entity]) -> str:
    """Coverage report: counts by type, people by country, role dates, missing demonyms."""
    lines = ["entities by type:"]
    for t, n in sorted(Counter(e.entity_type for e in entities).items()):
        lines.append(f"  {t:8} {n}")
    people = [e for e in entities if e.entity_type == "PERSON"]
    lines.append(f"people by country (top 30 of {len({p.country_code for p in people})}):")
    for c, n in sorted(Counter(p.country_code or "-" for p in people).items(), key=lambda kv: (-kv[1], kv[0]))[:30]:
        lines.append(f"  {c:4} {n}")
    dates = sorted(d for p in people for r in p.roles for d in (r.start, r.end) if d)
    if dates:
        lines.append(f"role dates: {dates[0]} .. {dates[-1]} ({sum(len(p.roles) for p in people)} roles)")
    lines.append("role keys:")
    for k, n in sorted(Counter(r.role_key for p in people for r in p.roles).items()):
        lines.append(f"  {k:26} {n}")
    lines.append("countries without a demonym:")
    for r in sources_countries.missing_demonyms():
        lines.append(f"  {r.iso2} {r.name}: {r.no_demonym_reason or 'no reason recorded'}")
    return "\n".join(lines)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=DEFAULT_OUT, help="output path (.jsonl.gz)")
    ap.add_argument("--report", action="store_true", help="print a coverage report")
    args = ap.parse_args(argv)
    entities = build(args.out)
    print(f"wrote {len(entities)} entities to {args.out}")
    print("then run `python -m transforms.phrase_cache` (the recogniser's phrases, split ahead of time)")
    if args.report:
        print(report(entities))


if __name__ == "__main__":
    main()
