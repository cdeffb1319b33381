"""Helpers shared by the per-source readers: paths, CSV reading, stable ids.

Every reader returns plain `Entity` objects; `gazetteer.build` merges them.
"""
from __future__ import annotations

import csv
import hashlib
import os
from typing import Dict, Iterator, List, Optional

from gazetteer.model import Entity, normalise

SOURCES_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sources")


def source_path(*parts: str) -> str:
    """Path of a shipped source file under gazetteer/sources/."""
    return os.path.join(SOURCES_DIR, *parts)


def read_csv(*parts: str) -> Iterator[Dict[str, str]]:
    """Rows of a shipped CSV as dicts of stripped strings."""
    with open(source_path(*parts), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            yield {k: (v or "").strip() for k, v in row.items() if k is not None}


def stable_id(prefix: str, entity_type: str, name: str, country: Optional[str]) -> str:
    """Deterministic id for an entity without a Wikidata QID."""
    key = "|".join([entity_type, normalise(name), country or ""])
    return f"{prefix}:{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}"


def split_list(value: str, sep: str = "|") -> List[str]:
    return [v.strip() for v in (value or "").split(sep) if v.strip()]


def clean_aliases(entity: Entity) -> Entity:
    """De-duplicate aliases (by exact text), drop the canonical name, sort."""
    seen = {entity.canonical_name}
    entity.aliases = sorted({a.strip() for a in entity.aliases if a and a.strip() and a.strip() not in seen})
    entity.demonyms = sorted(set(entity.demonyms))
    entity.sources = sorted(set(entity.sources))
    return entity


def is_qid(value: str) -> bool:
    return bool(value) and value[0] == "Q" and value[1:].isdigit()
