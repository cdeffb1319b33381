"""A name the model calls a person and the gazetteer a town, joined by "and", "or" or a comma to a place, is the town.

"Madras and Calcutta were hit by storms", "Ministers from Leopoldville and Elisabethville met", "in Saigon, Hue or
Danang": the model reads an old or a less known town's name as a person's, and the resolver, asked for a person,
finds none and leaves it unknown. A name in a list of places is a place: where the gazetteer holds the name as a
town and as no one's surname, and a neighbour in the list is a town or a state the article links, the name is the
town of that name (the one in the neighbour's country where there are several, else the only one). Every other
mention of the name left unknown in the article is that town too. A name the article links to a person elsewhere
("Nkomo and Harare" after "Joshua Nkomo"), or one the sources give someone as a surname ("Jackson and Memphis"),
stays as it is.
"""
from __future__ import annotations

import re
from typing import Sequence

from gazetteer.model import normalise
from gazetteer.resolution import Resolution

_JOINED = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$")
_PLACES = ("CITY", "COUNTRY")


def _person_and_town(label: str) -> bool:
    parts = set(label.split("|"))
    return "GAZ:CITY" in parts and bool(parts & {"PERSON", "SPEAKER"})


def _unlinked(a) -> bool:
    return a is None or not a.entity_id


def _placed_neighbour(i: int, queries: Sequence, answers: list, text: str):
    """The answer of a place right before or after name `i` in a list ("X and Y", "X, Y"), else None."""
    for j in (i - 1, i + 1):
        if not 0 <= j < len(queries) or answers[j] is None or answers[j].entity_type not in _PLACES \
                or not answers[j].entity_id or answers[j].entity_id.startswith("nn:"):
            continue
        first, second = (queries[j], queries[i]) if j < i else (queries[i], queries[j])
        if _JOINED.match(text[first.end_char:second.start_char]):
            return answers[j]
    return None


def towns_beside_places(gaz, queries: Sequence, answers: list, text: str) -> list:
    """`answers` with each unknown name the model called a person and the gazetteer a town, in a list beside a
    linked place, linked to that town (see the module's doc)."""
    if gaz is None or not text:
        return answers
    people = {normalise(q.text) for q, a in zip(queries, answers)
              if a is not None and a.entity_type == "PERSON" and a.entity_id and not a.entity_id.startswith("nn:")}
    towns = {}
    for i, (q, a) in enumerate(zip(queries, answers)):
        key = normalise(q.text)
        if not _person_and_town(q.label) or not _unlinked(a) or key in people or key in towns \
                or gaz.surname_index.get(key):
            continue
        neighbour = _placed_neighbour(i, queries, answers, text)
        if neighbour is None:
            continue
        found = gaz.lookup_exact(q.text, types=("CITY",))
        found = [e for e in found if e.country_code == neighbour.country_code] or found
        if len(found) == 1:
            towns[key] = found[0]
    if not towns:
        return answers
    out = list(answers)
    for i, (q, a) in enumerate(zip(queries, answers)):
        e = towns.get(normalise(q.text))
        if e is not None and _unlinked(a):
            out[i] = Resolution("CITY", e.entity_id, e.canonical_name, e.country_code, e.acts_for, None, 0.85,
                                "context")
    return out
