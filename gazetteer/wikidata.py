"""Import entities from a Wikidata JSON dump, streaming, in bounded memory.

    python -m gazetteer.wikidata latest-all.json.bz2 --out wikidata-entities.jsonl.gz

The dump is one JSON array with one entity per line ("[", then "{...},", ...,
"]"); .bz2 and .gz are read compressed. Kept, in our `Entity` format:

* countries (P31 country Q6256 / sovereign state Q3624078), ISO code from P297;
* political parties (P31 Q7278), country from P17;
* organisations (P31 organisation, IGO, government agency, ministry, news agency...);
* people (P31 Q5) with P39 "position held": one Role per statement, dates
  from the P580/P582 qualifiers; the position QID is mapped to a role key via
  the heads-of-state/government positions in the shipped world-leaders file
  plus a small table, unknown positions -> "official".

English labels become canonical names, English aliases become aliases. Only the
country table (QID -> ISO2) is held in memory; entities are written as read.
"""
from __future__ import annotations

import argparse
import bz2
import gzip
import io
import json
from typing import Dict, Iterator, List, Optional, Tuple

from gazetteer.model import Entity, Role
from gazetteer.roles import role_key_for_title
from gazetteer.sources_common import read_csv

COUNTRY_CLASSES = {"Q6256", "Q3624078"}
PARTY_CLASSES = {"Q7278"}
ORG_CLASSES = {"Q43229", "Q484652", "Q245065", "Q327333", "Q192350", "Q1589009", "Q1193236",
               "Q7210356", "Q2659904", "Q4830453", "Q163740", "Q11032"}
HUMAN = "Q5"
# P39 positions we are sure of beyond the world-leaders file: QID -> (role_key, country).
POSITION_ROLES: Dict[str, Tuple[str, Optional[str]]] = {
    "Q11696": ("head_of_state", "US"), "Q14211": ("head_of_government", "GB"),
}
SOURCE = "wikidata-dump"


def open_dump(path: str) -> io.TextIOBase:
    if path.endswith(".bz2"):
        return io.TextIOWrapper(bz2.open(path, "rb"), encoding="utf-8")
    if path.endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8")
    return open(path, encoding="utf-8")


def iter_entities(lines: Iterator[str]) -> Iterator[dict]:
    """Wikidata dump lines -> entity dicts (skips '[' and ']', strips trailing commas)."""
    for line in lines:
        line = line.strip()
        if line in ("", "[", "]"):
            continue
        if line.endswith(","):
            line = line[:-1]
        yield json.loads(line)


def _claim_ids(ent: dict, prop: str) -> List[str]:
    out = []
    for st in ent.get("claims", {}).get(prop, []):
        v = st.get("mainsnak", {}).get("datavalue", {}).get("value")
        if isinstance(v, dict) and "id" in v:
            out.append(v["id"])
    return out


def _claim_string(ent: dict, prop: str) -> Optional[str]:
    for st in ent.get("claims", {}).get(prop, []):
        v = st.get("mainsnak", {}).get("datavalue", {}).get("value")
        if isinstance(v, str):
            return v
    return None


def wikidata_time(value: dict) -> Optional[str]:
    """{'time': '+2017-01-20T00:00:00Z', 'precision': 11} -> '2017-01-20' (9=year, 10=month)."""
    t = (value or {}).get("time")
    if not t:
        return None
    date = t.lstrip("+").split("T")[0]
    precision = value.get("precision", 11)
    y, m, d = date.split("-")[:3]
    if precision <= 9 or m == "00":
        return y
    if precision == 10 or d == "00":
        return f"{y}-{m}"
    return f"{y}-{m}-{d}"


def _qualifier_time(statement: dict, prop: str) -> Optional[str]:
    for q in statement.get("qualifiers", {}).get(prop, []):
        v = q.get("datavalue", {}).get("value")
        if isinstance(v, dict):
            return wikidata_time(v)
    return None


def _en(ent: dict) -> Tuple[Optional[str], List[str]]:
    label = ent.get("labels", {}).get("en", {}).get("value")
    aliases = [a["value"] for a in ent.get("aliases", {}).get("en", []) if a.get("value")]
    return label, aliases


def load_position_roles(country_qids: Dict[str, str]) -> Dict[str, Tuple[str, Optional[str]]]:
    """Head-of-state/government position QIDs from the shipped world-leaders file."""
    table = dict(POSITION_ROLES)
    for r in read_csv("wikidata-officeholders", "world-leaders-2021.wikidata.csv"):
        key = role_key_for_title(r["positionLabel"])
        if key:
            table.setdefault(r["position"], (key, country_qids.get(r["countryid"])))
    return table


def load_country_qids() -> Dict[str, str]:
    """QID -> ISO2 from sources/countries.csv."""
    return {r["qid"]: r["iso2"] for r in read_csv("countries.csv") if r["qid"]}


class Converter:
    """Turns one Wikidata entity dict into an `Entity`, or None."""

    def __init__(self, country_qids: Dict[str, str], positions: Dict[str, Tuple[str, Optional[str]]]):
        self.country_qids = dict(country_qids)
        self.positions = positions

    def convert(self, ent: dict) -> Optional[Entity]:
        if ent.get("type") != "item":
            return None
        label, aliases = _en(ent)
        if not label:
            return None
        classes = set(_claim_ids(ent, "P31"))
        qid = ent["id"]
        if classes & COUNTRY_CLASSES:
            code = _claim_string(ent, "P297") or self.country_qids.get(qid)
            if code:
                self.country_qids[qid] = code
            return Entity(entity_id=qid, canonical_name=label, entity_type="COUNTRY", country_code=code,
                          aliases=aliases, sources=[SOURCE])
        if classes & PARTY_CLASSES or classes & ORG_CLASSES:
            country = next((self.country_qids[c] for c in _claim_ids(ent, "P17") if c in self.country_qids), None)
            return Entity(entity_id=qid, canonical_name=label, entity_type="ORG", country_code=country,
                          aliases=aliases, sources=[SOURCE])
        if HUMAN in classes and ent.get("claims", {}).get("P39"):
            roles = [self._role(st) for st in ent["claims"]["P39"]]
            roles = [r for r in roles if r]
            countries = [r.country for r in roles if r.country]
            return Entity(entity_id=qid, canonical_name=label, entity_type="PERSON",
                          country_code=max(sorted(set(countries)), key=countries.count) if countries else None,
                          aliases=aliases, roles=roles, sources=[SOURCE])
        return None

    def _role(self, statement: dict) -> Optional[Role]:
        v = statement.get("mainsnak", {}).get("datavalue", {}).get("value")
        if not isinstance(v, dict) or "id" not in v:
            return None
        key, country = self.positions.get(v["id"], ("official", None))
        return Role(role_key=key, title=v["id"], country=country, start=_qualifier_time(statement, "P580"),
                    end=_qualifier_time(statement, "P582"), source=f"{SOURCE}:P39")


def convert_dump(path: str, out_path: str) -> int:
    """Stream `path` and write one Entity JSON per line to `out_path` (.gz: gzip, mtime 0)."""
    country_qids = load_country_qids()
    conv = Converter(country_qids, load_position_roles(country_qids))
    n = 0
    raw = open(out_path, "wb")
    sink = gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) if out_path.endswith(".gz") else raw
    try:
        with open_dump(path) as f:
            for ent in iter_entities(f):
                e = conv.convert(ent)
                if e is None:
                    continue
                e.aliases = sorted(set(e.aliases) - {e.canonical_name})
                sink.write((json.dumps(e.to_json(), ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8"))
                n += 1
    finally:
        if sink is not raw:
            sink.close()
        raw.close()
    return n


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description="Import a Wikidata JSON dump into gazetteer entities.")
    ap.add_argument("dump", help="Wikidata JSON dump (.json, .json.gz or .json.bz2)")
    ap.add_argument("--out", required=True, help="output .jsonl or .jsonl.gz")
    args = ap.parse_args(argv)
    print(f"wrote {convert_dump(args.dump, args.out)} entities to {args.out}")


if __name__ == "__main__":
    main()
