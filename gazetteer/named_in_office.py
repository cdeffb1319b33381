"""A person named in full who was out of office on the date, when someone in office then bears that
name and more: "King Juan Carlos" in 2007.

The sources may know one person under several names, or under a name that others' names start
with: PETRARCH has a "Prince Juan Carlos" for the weeks of 1975 before he was crowned, and "Juan
Carlos I" for his reign. An exact match of the first in a 2007 story is a match by string alone;
a reader takes the person in office on the date. So when the full name found names a person out
of public life on the date (no role begun by then and ended at most `YEARS_AFTER` years before),
and exactly one other person, of a country the story names, held a role on the date under a name
that starts with every word of the name written ("Juan Carlos" -> "Juan Carlos I"), the name is
that person's.
"""
from __future__ import annotations

from collections import Counter
from typing import Optional

from gazetteer.model import Entity, normalise
from gazetteer.people import in_public_life

YEARS_AFTER = 10   # as a bare surname allows (people.SURNAME_YEARS_AFTER_LAST_ROLE)


def _starts_with(name: str, key: str) -> bool:
    return normalise(name).startswith(key + " ")


def in_office_under_a_longer_name(gaz, key: str, e: Entity, date: Optional[str], context: Counter) -> Optional[Entity]:
    """The one person in office on `date`, of a country `context` names, whose name is `key` (a
    normalised full name, of two words or more) and more words, when `e`, the person `key` names
    exactly, was out of public life then; else None."""
    if not date or " " not in key or not e.roles or in_public_life(e, date, YEARS_AFTER):
        return None
    found = {}
    for (role_key, code) in list(gaz.role_holders):
        if not code or context.get(code, 0) <= 0:
            continue
        for p in gaz.people_with_role(role_key, code, date):
            if p.entity_id != e.entity_id and any(_starts_with(n, key) for n in p.names()):
                found[p.entity_id] = p
    return next(iter(found.values())) if len(found) == 1 else None
