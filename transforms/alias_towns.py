"""A small town found only by another of its names, in a story that never names its country, is unknown.

GeoNames gives towns many alternate names, and some are other places' names: "Zulia" is an
alternate name of El Zulia, a Colombian town of 26,000, and the name of a Venezuelan state;
"Beaver Creek" one of Beavercreek, Ohio, and the name of a town in Minnesota too small for the
gazetteer. A story that names other states but never the small town's own (its country, a place
or a person of it) is about another place of that name: the name is unknown, not the town.
A town found by its own name ("Arusha"), a large city known by a former or foreign name
("Leningrad", "Irbil"), a town in a story that names no state at all, and a dateline keep their link.
"""
from __future__ import annotations

from typing import Optional, Sequence

from gazetteer.history import state_on
from gazetteer.resolution import Resolution

SMALL_TOWN = 300_000   # people: below this, a town known by another name is seldom that name's only bearer


def _population(gaz, q, entity_id: str) -> Optional[int]:
    for e in gaz.lookup_exact(q.text, types=("CITY",)):
        if e.entity_id == entity_id:
            return e.population
    return None


def foreign_alias_towns(gaz, queries: Sequence, answers: list, date: Optional[str]) -> list:
    """`answers` with the small towns found by an alternate name in a story about other states left
    unknown (see the module's doc)."""
    towns = [i for i, a in enumerate(answers) if a is not None and a.entity_type == "CITY" and a.entity_id
             and a.method == "alias" and not getattr(queries[i], "dateline", False)]
    if not towns or gaz is None:
        return answers
    out = list(answers)
    for i in towns:
        a = answers[i]
        named = {state_on(o.country_code, date) for j, o in enumerate(answers) if o is not None
                 and o.entity_id and o.country_code and o.entity_id != a.entity_id}
        if not named or state_on(a.country_code, date) in named:
            continue
        population = _population(gaz, queries[i], a.entity_id)
        if population is not None and population < SMALL_TOWN:
            out[i] = Resolution("OTHER", None, queries[i].text.strip(), method="nil")
    return out
