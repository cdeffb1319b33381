"""A title standing alone for the one person who held it: "the Taoiseach said ...".

Most titles name an office of many states ("the President", "the Foreign
Minister"): alone, they say nothing of who. A few belong to one state's
office only, in the gazetteer's own role titles (the data decide, no list:
today "Taoiseach" alone). `title_holder` answers such a title, written as the
whole name, with the person who held that office on the article's date, when
there was exactly one and the article names the state.
"""
from __future__ import annotations

import functools
from collections import Counter
from typing import Optional

from gazetteer.model import Entity, normalise

LEADING_ROLES = ("head_of_state", "head_of_government", "foreign_minister")


@functools.lru_cache(maxsize=4)
def national_titles(gaz) -> dict:
    """One-word title (normalised) -> (role key, country) of the one state whose office it names."""
    seen: dict = {}
    for (role_key, country), holders in gaz.role_holders.items():
        if role_key not in LEADING_ROLES or not country:
            continue
        for _, _, person in holders:
            for role in person.roles:
                title = normalise(role.title or "")
                if role.role_key == role_key and (role.country or "").upper() == country \
                        and len(title.split()) == 1 and any(c.islower() for c in role.title):
                    seen.setdefault(title, set()).add((role_key, country))
    return {title: next(iter(offices)) for title, offices in seen.items() if len(offices) == 1}


def title_holder(gaz, key: str, date: Optional[str], countries: Counter) -> Optional[tuple[Entity, str]]:
    """(person, role key) for a name `key` (normalised) that is a one-state title alone, else None."""
    office = national_titles(gaz).get(key) if date and " " not in key else None
    if office is None or not countries.get(office[1]):
        return None
    holders = gaz.people_with_role(office[0], office[1], date)
    return (holders[0], office[0]) if len(holders) == 1 else None
