"""Hand-curated rows: organisations and major cities.

Small CSVs under gazetteer/sources/ for names none of the licensed sources has
(the Kremlin as the Russian state, the State Department, news agencies, big
cities). Each row carries a source/note. People come only from the licensed
sources (a person is a fact a reader checks against a source, never typed in).
"""
from __future__ import annotations

from typing import List

from gazetteer.model import NEWS_MEDIA, Entity
from gazetteer.sources_common import is_qid, read_csv, split_list, stable_id

SOURCE = "newsnorm-curated"
MEDIA_NOTE = "news organisation"   # a row's note for a news agency, broadcaster or paper


def curated_organisations() -> List[Entity]:
    out = []
    for r in read_csv("curated_organisations.csv"):
        cc = r["country_code"] or None
        eid = r["qid"] if is_qid(r["qid"]) else stable_id("curated", r["entity_type"], r["canonical_name"], cc)
        out.append(Entity(entity_id=eid, canonical_name=r["canonical_name"], entity_type=r["entity_type"],
                          country_code=cc, aliases=split_list(r["aliases"]), acts_for=r["acts_for"] or None,
                          sources=[SOURCE, NEWS_MEDIA] if MEDIA_NOTE in (r["source"] or "") else [SOURCE],
                          founded=r.get("founded") or None, dissolved=r.get("dissolved") or None))
    return out


def curated_cities() -> List[Entity]:
    return [Entity(entity_id=stable_id("curated", "CITY", r["canonical_name"], r["country_code"]),
                   canonical_name=r["canonical_name"], entity_type="CITY", country_code=r["country_code"],
                   aliases=split_list(r["aliases"]), sources=[SOURCE])
            for r in read_csv("curated_cities.csv")]


def curated_entities() -> List[Entity]:
    return curated_organisations() + curated_cities()
