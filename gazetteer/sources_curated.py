"""Hand-curated rows: organisations, major cities and a few people.

Small CSVs under gazetteer/sources/ for names none of the licensed sources has
(the Kremlin as the Russian state, the State Department, news agencies, big
cities, current ambassadors and spokespeople). Each row carries a source/note.
"""
from __future__ import annotations

from typing import List

from gazetteer.model import Entity, Role
from gazetteer.sources_common import is_qid, read_csv, split_list, stable_id

SOURCE = "newsnorm-curated"


def curated_organisations() -> List[Entity]:
    out = []
    for r in read_csv("curated_organisations.csv"):
        cc = r["country_code"] or None
        eid = r["qid"] if is_qid(r["qid"]) else stable_id("curated", r["entity_type"], r["canonical_name"], cc)
        out.append(Entity(entity_id=eid, canonical_name=r["canonical_name"], entity_type=r["entity_type"],
                          country_code=cc, aliases=split_list(r["aliases"]), acts_for=r["acts_for"] or None,
                          sources=[SOURCE]))
    return out


def curated_cities() -> List[Entity]:
    return [Entity(entity_id=stable_id("curated", "CITY", r["canonical_name"], r["country_code"]),
                   canonical_name=r["canonical_name"], entity_type="CITY", country_code=r["country_code"],
                   aliases=split_list(r["aliases"]), sources=[SOURCE])
            for r in read_csv("curated_cities.csv")]


def curated_people() -> List[Entity]:
    out = []
    for r in read_csv("curated_people.csv"):
        roles = []
        if r["role_key"]:
            roles.append(Role(role_key=r["role_key"], title=r["title"], country=r["role_country"] or None,
                              start=r["start"] or None, end=r["end"] or None, source=SOURCE))
        out.append(Entity(entity_id=stable_id("curated", "PERSON", r["canonical_name"], r["country_code"]),
                          canonical_name=r["canonical_name"], entity_type="PERSON",
                          country_code=r["country_code"] or None, aliases=split_list(r["aliases"]),
                          roles=roles, sources=[SOURCE]))
    return out


def curated_entities() -> List[Entity]:
    return curated_organisations() + curated_cities() + curated_people()
