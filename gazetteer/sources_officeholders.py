"""People and their offices from the Wikidata office-holder files (CC0 facts).

* world-leaders-2021.wikidata.csv: heads of state and government of every
  country in office 2021-22 (year precision).
* <country>.holders21.csv: cabinet and other office holders of GB, US, RU,
  UA, CA, FR, CN, IN, IL with ISO dates.

Each person becomes a PERSON entity keyed by QID, with one Role per row.
"""
from __future__ import annotations

import os
from typing import Dict, List

from gazetteer.model import Entity, Role, normalise
from gazetteer.roles import role_key_for_title
from gazetteer.sources_common import is_qid, read_csv, source_path

DIR = "wikidata-officeholders"
WORLD_LEADERS = "world-leaders-2021.wikidata.csv"
CABINET_FILES = {
    "united-kingdom-cabinet.holders21.csv": "GB", "us-cabinet.holders21.csv": "US",
    "russia-cabinet.holders21.csv": "RU", "ukraine-cabinet.holders21.csv": "UA",
    "canada-cabinet.holders21.csv": "CA", "france-cabinet.holders21.csv": "FR",
    "china-ministers.holders21.csv": "CN", "india-ministers.holders21.csv": "IN",
    "israel-ministers.holders21.csv": "IL",
}
# World-leaders country labels that are not (or not only) our ISO names.
WORLD_LEADER_COUNTRY = {"Kingdom of the Netherlands": "NL", "Kingdom of Denmark": "DK", "Kosovo": "XK"}


_SEX = {"male": "m", "female": "f"}


def _person(qid: str, name: str, role: Role, gender: str = "") -> Entity:
    return Entity(entity_id=qid, canonical_name=name, entity_type="PERSON", roles=[role],
                  sources=[f"wikidata:{role.source.split(':', 1)[-1]}"], sex=_SEX.get(gender))


def world_leaders(name_to_iso2: Dict[str, str]) -> List[Entity]:
    """Heads of state/government 2021-22. Leaders of unrecognised states are skipped."""
    out = []
    for r in read_csv(DIR, WORLD_LEADERS):
        code = WORLD_LEADER_COUNTRY.get(r["country"]) or name_to_iso2.get(normalise(r["country"]))
        if not code or not is_qid(r["officeholder"]):
            continue
        key = role_key_for_title(r["positionLabel"]) or "official"
        role = Role(role_key=key, title=r["positionLabel"], country=code, start=r["start_year"] or None,
                    end=r["end_year"] or None, source=f"wikidata:{WORLD_LEADERS}")
        out.append(_person(r["officeholder"], r["officeholderLabel"], role))
    return out


def cabinets() -> List[Entity]:
    out = []
    for fname, code in sorted(CABINET_FILES.items()):
        for r in read_csv(DIR, fname):
            if not is_qid(r["personID"]) or not r["person"] or r["person"] == r["personID"]:
                continue
            key = role_key_for_title(r["position"]) or "official"
            role = Role(role_key=key, title=r["position"], country=code, start=r["start"] or None,
                        end=r["end"] or None, source=f"wikidata:{fname}")
            out.append(_person(r["personID"], r["person"], role, r.get("gender", "")))
    return out


def officeholder_entities(name_to_iso2: Dict[str, str]) -> List[Entity]:
    return world_leaders(name_to_iso2) + cabinets()


def source_files() -> List[str]:
    return [source_path(DIR, f) for f in [WORLD_LEADERS, *sorted(CABINET_FILES)] if os.path.exists(source_path(DIR, f))]
