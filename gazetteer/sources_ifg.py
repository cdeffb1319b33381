"""UK ministers since 1979 from the Institute for Government database (CC BY 4.0).

person.csv has one row per name variant (with the dates it was used, e.g.
"Peter Mandelson" until 2008, then "Lord Mandelson"); post.csv the posts with
their rank (PM, DPM, SoS, MoS, PUSS); appointment.csv who held which post when.
Every person becomes a PERSON entity with all name variants as aliases and one
Role per appointment, country GB.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Dict, List

from gazetteer.model import Entity, Role
from gazetteer.roles import role_key_for_title
from gazetteer.sources_common import read_csv, stable_id

DIR = "ifg-ministers-uk"
SOURCE = "ifg:ministers-database"
_HONORIFIC = re.compile(r"^(Lord|Baroness|Lady|Sir|Dame|The Earl of|Earl|Viscount|Viscountess|Marquess|Duke)\b")
_JUNIOR = {"MoS", "PUSS"}


def _canonical(variants: List[dict]) -> str:
    """The plain (non-peerage) name most recently in use, else the latest name."""
    plain = [v for v in variants if not _HONORIFIC.match(v["display_name"])] or variants
    return sorted(plain, key=lambda v: (v["start_date"] or "0000", v["display_name"]))[-1]["display_name"]


def _role_key(post_name: str, rank: str, org_name: str) -> str:
    key = role_key_for_title(post_name) or "official"
    foreign_org = "foreign" in org_name.lower()
    if rank in _JUNIOR:
        if key == "foreign_minister" or (foreign_org and key in ("minister", "deputy_minister", "official")):
            return "deputy_foreign_minister"
        if key == "minister":
            return "deputy_minister"
    if foreign_org and rank == "SoS" and key == "minister":
        return "foreign_minister"
    return key


def _sex(variants: List[dict]):
    """'m' or 'f', the gender the person's rows give (M/F), when they agree."""
    given = {v.get("gender", "").upper() for v in variants} - {""}
    return {"M": "m", "F": "f"}.get(given.pop()) if len(given) == 1 else None


def ifg_entities() -> List[Entity]:
    variants: Dict[str, List[dict]] = defaultdict(list)
    for r in read_csv(DIR, "person.csv"):
        variants[r["id"]].append(r)
    orgs = {r["id"]: r["name"] for r in read_csv(DIR, "organisation.csv")}
    posts = {r["id"]: r for r in read_csv(DIR, "post.csv")}
    roles: Dict[str, List[Role]] = defaultdict(list)
    for a in read_csv(DIR, "appointment.csv"):
        post = posts.get(a["post_id"])
        if not post:
            continue
        key = _role_key(post["name"], post["rank_equivalence"], orgs.get(post["organisation_id"], ""))
        roles[a["person_id"]].append(Role(role_key=key, title=post["name"], country="GB",
                                          start=a["start_date"] or None, end=a["end_date"] or None, source=SOURCE))
    out = []
    for pid, vs in sorted(variants.items()):
        name = _canonical(vs)
        aliases = {v[k] for v in vs for k in ("name", "display_name", "normalized_name") if v[k]}
        out.append(Entity(entity_id=stable_id("ifg", "PERSON", name, "GB"), canonical_name=name,
                          entity_type="PERSON", aliases=sorted(aliases),
                          roles=sorted(roles.get(pid, []), key=lambda r: (r.start or "", r.title)),
                          sources=[SOURCE], sex=_sex(vs)))
    return out
