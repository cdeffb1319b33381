"""A state's leader named by surname alone, which the model took for a place or a body: "a junior partner
in Mitterrand's coalition" in 1983, with "Mitterrand" read as a place.

A bare surname the model calls a person is judged by the article's countries and date
(gazetteer/person_evidence.py); one it calls a place or a body is a person's only when the article named
that person in full before (gazetteer/named_before.py). A reader also knows, without a full name, the
head of a state the story names, in office on its date. So a one-word name the model read as a place or
a body, which the gazetteer holds as no place, body or people, is the one person bearing that surname
who, on the article's date, held the leading office of a state the article names (`people.leading_on`,
or a head of state's or government's role).
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from gazetteer.history import state_on
from gazetteer.model import Entity, normalise
from gazetteer.people import leading_on, role_on

_HEADS = {"head_of_state", "head_of_government"}
_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def leader_taken_for_a_place(gaz, text: str, context: Counter, date: Optional[str],
                             min_chars: int) -> Optional[Entity]:
    """The one leader in office on `date`, of a state `context` (the article's countries) names, whose
    surname is the one word `text` (not a place, body or people the gazetteer knows), or None."""
    word = text.strip()
    if not date or not _WORD.fullmatch(word) or len(word) < min_chars:
        return None
    if gaz.lookup_exact(word, types=None) or gaz.lookup_demonym(word) is not None:
        return None   # a place, a body, a people of that name
    leaders = {e.entity_id: e for e in gaz.surname_index.get(normalise(word), ())
               if e.entity_type == "PERSON" and (leading_on(e, date) or role_on(e, date) in _HEADS)
               and (context.get(e.country_code, 0) > 0 or context.get(state_on(e.country_code, date), 0) > 0)}
    return next(iter(leaders.values())) if len(leaders) == 1 else None
