"""A country's name that is also the name of a US state ("Georgia"), in a story set in the United
States, is the state, not the country.

"Farmers in Alabama and Georgia", "Gov. Harris of Georgia said Atlanta ..." name the state; "Russia
sent troops into Georgia" the country. A reader goes by the story's other places: when at least
two of them are American and more than twice as many as all others (or all of them are), one of
them a place within
the United States (a town or a state: "Atlanta", "Alabama"; not Washington, which speaks for the
state), and nothing else in the story belongs to the country (no "Georgian", no "Tbilisi", no
Georgian minister), the name is the state. The gazetteer has no entity for the state (a name that
is a country's is never a town's there), so the mention is left unknown, a place in the United
States: it is no longer the country. So is the name right after an American town and a comma
("Atlanta, Georgia"), whatever else the story names.

The states' names are GeoNames' (CC BY 4.0), in gazetteer/data/us_states.csv, written by
`python -m gazetteer.sources_geonames_seed`.
"""
from __future__ import annotations

import csv
import functools
import importlib.resources
from typing import Optional, Sequence

from gazetteer.history import state_on
from gazetteer.model import normalise
from gazetteer.resolution import Resolution

PLACE_TYPES = ("COUNTRY", "CITY", "NORP")


@functools.lru_cache(maxsize=1)
def us_state_names() -> dict:
    """normalised name -> name of every US state (and the District of Columbia)."""
    text = importlib.resources.files("gazetteer").joinpath("data/us_states.csv").read_text(encoding="utf-8")
    return {normalise(r["name"]): r["name"] for r in csv.DictReader(text.splitlines())}


def us_state_namesakes(queries: Sequence, answers: list, date: Optional[str]) -> list:
    """`answers` with a country that bears a US state's name taken for the state (unknown, in the US)
    where the story is set in the United States (see the module's doc)."""
    states = us_state_names()
    named = {i: normalise(q.text) for i, q in enumerate(queries)}
    hits = [i for i, a in enumerate(answers) if a is not None and a.entity_type == "COUNTRY"
            and named[i] in states and state_on(a.country_code, date) != "US"]
    if not hits:
        return answers
    out = list(answers)
    for name in {named[i] for i in hits}:
        same = [i for i in hits if named[i] == name]
        country = answers[same[0]].country_code
        others = [(a, j) for j, a in enumerate(answers) if a is not None and named[j] != name and a.country_code]
        if any(a.country_code == country for a, _ in others):
            continue   # "Georgian", "Tbilisi", a Georgian minister: the country
        places = [state_on(a.country_code, date) for a, _ in others if a.entity_type in PLACE_TYPES]
        us = sum(c == "US" for c in places)
        # a town or state within the country, not its capital ("Washington" speaks for the state)
        local = sum(a.entity_type == "CITY" and a.country_code == "US" and not a.acts_for for a, _ in others)
        foreign = len(places) - us
        if local and (foreign == 0 or us >= 2 and us > 2 * foreign):
            for i in same:
                out[i] = Resolution("CITY", None, states[name], "US", method="nil")
        else:
            for i in same:   # "Atlanta, Georgia": an American town, then the state it lies in
                if any(_town_before(queries, answers, i, j) for j in range(len(answers))):
                    out[i] = Resolution("CITY", None, states[name], "US", method="nil")
    return out


def _town_before(queries, answers, i: int, j: int) -> bool:
    a = answers[j]
    return a is not None and a.entity_type == "CITY" and a.country_code == "US" \
        and 0 < queries[i].start_char - queries[j].end_char <= 2
