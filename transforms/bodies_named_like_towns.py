"""A name that is both a known body's and a small town's is the body, unless the text puts a place there.

The model reads "Xinhua and TASS had misreported the talks" or "the Chinese news agency Xinhua
reported" as a place (GPE), and GeoNames has a Chinese town of 16,000 called Xinhua; the news
agency is meant. A curated body (a news agency, a parliament) that answers to exactly that name is
what news means by it: the town only when a preposition of place stands right before the name
("in Duma", "from Xinhua") or the text's dateline is the name. Large cities keep their link:
a place that big is named for itself.
"""
from __future__ import annotations

import re
from typing import Sequence

from gazetteer.resolution import Resolution
from transforms.alias_towns import SMALL_TOWN

_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|outside|into|to|toward|towards|around|of)\s+$", re.IGNORECASE)


def _body_of_that_name(gaz, text: str):
    """The one body (not a GeoNames town's namesake) whose name or alias is exactly `text`, if one."""
    bodies = [e for e in gaz.lookup_exact(text, types=("ORG",)) if "geonames" not in e.sources]
    return bodies[0] if len(bodies) == 1 else None


def _small_town(gaz, text: str, entity_id: str) -> bool:
    town = next((e for e in gaz.lookup_exact(text, types=("CITY",)) if e.entity_id == entity_id), None)
    return town is not None and set(town.sources) == {"geonames"} and town.population is not None \
        and town.population < SMALL_TOWN


def bodies_named_like_towns(gaz, queries: Sequence, answers: list) -> list:
    """`answers` with a small town that shares its exact name with one known body turned into the
    body, where nothing before the name makes it a place (see the module's doc)."""
    if gaz is None:
        return answers
    out = list(answers)
    for i, (q, a) in enumerate(zip(queries, answers)):
        if a is None or a.entity_type != "CITY" or not a.entity_id or getattr(q, "dateline", False):
            continue
        text = q.text.strip()
        if _PLACE_BEFORE.search(q.context_before or "") or not _small_town(gaz, text, a.entity_id):
            continue
        body = _body_of_that_name(gaz, text)
        if body is not None:
            out[i] = Resolution("ORG", body.entity_id, body.canonical_name, body.country_code, body.acts_for,
                                None, 0.9, "alias" if body.canonical_name != text else "exact")
    return out
