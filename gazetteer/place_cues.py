"""A name right after a word that opens a place ("in", "the port city of") is a place, whatever the
model's label: "its consulate in Mashhad", "the Houthis in Sanaa", "the port city of Mariupol".

The model now and then calls a city it does not know a person or a body. A careful reader takes the
name after "in" or "the city of" for a place when the gazetteer knows one city of that name and no
one's surname by it (`one_city_after_place_word`); "in Smith's view" keeps its person.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from gazetteer.model import Entity

_PLACE_BEFORE = re.compile(r"(?:^|[\s(])(?:in|(?:port|border|capital|holy|oil)?\s*(?:city|town|port|village)\s+of)\s+$",
                           re.IGNORECASE)


def after_place_word(context_before: str) -> bool:
    """Does the text right before a name open a place ("... consulate in ", "the port city of ")?"""
    return bool(_PLACE_BEFORE.search(context_before or ""))


def one_city_after_place_word(found: Sequence[Entity], context_before: str, surname_known: bool) -> Optional[Entity]:
    """The one city of `found` (the entities bearing the name) when a place word stands right before
    the name and the name is no known surname; else None."""
    cities = [e for e in found if e.entity_type == "CITY"]
    if len(cities) != 1 or surname_known or not after_place_word(context_before):
        return None
    return cities[0]
