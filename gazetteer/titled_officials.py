"""A title before a surname names the one member of that state's government who bears it.

Some sources know a government's members only as its "official"s, without the office ("Ronald
Reagan", an official of the US government 1981-1989), so a title beside the name ("President
Reagan", "Secretary Shultz") finds no holder of that office, and a surname alone is not enough for
an official (most civil servants are never named by surname). The title is: a reader takes
"President Reagan" in a 1987 story as the one person of that name in the US government on that date.
So when the title's state (the state beside the title, else one of the article's leading states) had
exactly one member of its government on the article's date whose surname is the name's, and whose
given name, if the text gives one, agrees, the name is that person.
"""
from __future__ import annotations

from collections import Counter
from typing import Optional

from gazetteer.lookalike import names_compatible
from gazetteer.model import Entity, normalise

OFFICIAL = "official"
STATES_TRIED = 3   # with no state beside the title: the article's leading states


def _surname(name: str) -> str:
    words = normalise(name).split()
    return words[-1] if words else ""


def titled_official(gaz, key: str, country: Optional[str], context: Counter,
                    date: Optional[str]) -> Optional[tuple[Entity, float]]:
    """(the one government member of the title's state whose surname `key` (normalised, after a
    title) gives, 1.0), else None."""
    if not date or not key:
        return None
    states = [country] if country else [c for c, _ in context.most_common(STATES_TRIED)]
    last = key.split()[-1]
    found = {}
    for state in states:
        for e in gaz.people_with_role(OFFICIAL, state, date):
            if any(_surname(n) == last and (" " not in key or names_compatible(key, normalise(n)))
                   for n in e.names()):
                found[e.entity_id] = e
    return (next(iter(found.values())), 1.0) if len(found) == 1 else None
