"""A person's full name the model took for a body or a place ("Laurent-Desire Kabila" labelled ORG).

The model labels now and then a foreign person's full name as an organisation or a place, above all
one it has not seen, with a hyphenated given name ("Laurent-Desire Kabila, the leader of the Zairean
rebels"). The gazetteer finds the name exactly, as a person's, but the label let the resolver look only
for bodies and places, and the name stayed unknown; worse, the bare surname after it ("Mr Kabila has
captured one-eighth of Zaire") then went by context to a namesake. A name of two words or more that is
exactly the full name of one person the gazetteer knows, and of no body or place, is that person.
"""
from __future__ import annotations

from typing import Optional, Sequence

from gazetteer.model import Entity

BODY_OR_PLACE_LABELS = ("ORG", "FAC", "GPE", "LOC", "NORP")


def person_taken_for_a_body(found: Sequence[Entity], text: str, label: str) -> Optional[Entity]:
    """The one person whose full name `text` (two capitalised words or more) exactly is, among the
    gazetteer's exact matches `found` for a mention the model labelled `label`, when the matches hold
    no body, place or state; else None."""
    if label not in BODY_OR_PLACE_LABELS:
        return None
    words = text.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    if not found or any(e.entity_type != "PERSON" for e in found):
        return None
    people = {e.entity_id: e for e in found}
    return next(iter(people.values())) if len(people) == 1 else None
