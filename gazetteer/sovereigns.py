"""A sovereign named by title and given name: "Queen Elizabeth" in a 2011 story is Elizabeth II,
"King Harald" in 2020 is Harald V. A monarch's given name, not a surname, is what the title goes
with, and no country need be named beside it: the one head of state of any country on the article's
date whose name starts with that given name (and regnal number, if given) is the one meant. With
none ("Queen Elizabeth" in 1949: the consort, no reigning queen of that name) or several ("King
Abdullah" in 2011: Jordan's and Saudi Arabia's), nobody is, unless the text gives one of their states
("Jordan's King Abdullah", an Amman story): that state's."""
from __future__ import annotations

import re
from typing import Iterable, Optional

from gazetteer.model import Entity, normalise
from gazetteer.people import only_phoenix, title_before

ROYAL_TITLES = {"king", "queen", "emperor", "empress", "emir", "sultan", "grand duke"}
_REGNAL = re.compile(r"^[ivxl]+$")


def title_in_span(text: str) -> Optional[tuple[str, str]]:
    """The role title a recognised name starts with ("Queen Elizabeth", "President Obama"), as
    `people.title_before` gives it for a title in front of the name."""
    words = text.split()
    if len(words) < 2:
        return None
    for k in range(len(words) - 1, 0, -1):
        found = title_before(" ".join(words[:k]) + " ")
        if found is not None:
            return found
    return None


def sovereign(gaz, key: str, title_word: str, date: Optional[str],
              countries: Iterable[str] = ()) -> Optional[tuple[Entity, float]]:
    """(the head of state, 1.0) a royal title and given name name on `date`, else None. Where several
    heads of state bear the name, the one of the state the text gives (`countries`: the title's state,
    "Jordan's King Abdullah", else the article's states) is meant when there is one such state: the
    sources may hold that sovereign twice (a reference work's entry and the Phoenix dictionary's), and
    the reference work's is taken."""
    words = key.split()
    if title_word not in ROYAL_TITLES or not date or not words or len(words) > 2 or \
            (len(words) == 2 and not _REGNAL.match(words[1])):
        return None
    found = {}
    for role_key, country in list(gaz.role_holders):
        if role_key != "head_of_state":
            continue
        for e in gaz.people_with_role(role_key, country, date):
            if any(normalise(n).split()[:len(words)] == words for n in e.names()):
                found[e.entity_id] = e
    if len(found) == 1:
        return next(iter(found.values())), 1.0
    countries = set(countries)
    theirs = [e for e in found.values() if e.country_code in countries]
    if theirs and len({e.country_code for e in theirs}) == 1:
        return sorted(theirs, key=lambda e: (only_phoenix(e), e.entity_id))[0], 1.0
    return None
