"""A demonym the country table lacks, read from the country's name by an adjectival ending.

News and translations make nationality words the table does not hold: "Slovakian" (the table has
"Slovak"), "Somalian", "Israelian", "Myanmarese", "Luxembourgish", "Zimbabwian", "Afghani". Each is a
country's name (or a demonym it has) with an ending of nationality: the name whole ("Slovakia" + "n",
"Myanmar" + "ese"), or less its last vowel ("Zimbabw(e)" + "ian"). A form is read only when exactly
one country gives it, from its canonical name or a demonym, never from another alias ("Arabian" is not
Saudi Arabia's, "Korean" names no one state).

A people's noun is also made the other way, by clipping the ending "-ian" off a demonym the table holds:
"Serb", "Serbs" (Serbian), "Croat", "Croats" (Croatian). Only a clipped word that nothing else is named by
is read so (`clipped_country`'s caller checks that no person, place or body bears it: "Russ", "Georg",
"Armen" and "Alban" are given names, "Tunis" a city).
"""
from __future__ import annotations

from typing import Optional

# longest ending first, so that "Israelian" is "Israel" + "ian" before "Israeli" + "an"
_ENDINGS = ("ian", "ese", "ish", "ean", "an", "n", "i")
_RESTORED = ("", "a", "e", "o", "es", "s")   # the last letters a name loses before its ending ("Zimbabw(e)ian")
_SHORTEST_STEM = 4


def derived_country(key: str, bases: dict) -> Optional[object]:
    """The one country whose canonical name or demonym (normalised, in `bases`: key -> country) the
    normalised word `key` is made from by an ending of nationality; None when none or several are."""
    found = {}
    for ending in _ENDINGS:
        if not key.endswith(ending) or len(key) - len(ending) < _SHORTEST_STEM:
            continue
        stem = key[:-len(ending)]
        for restored in _RESTORED:
            country = bases.get(stem + restored)
            if country is not None:
                found[id(country)] = country
    return next(iter(found.values())) if len(found) == 1 else None


_CLIPPED_ENDING = "ian"


def clipped_country(key: str, demonyms: dict) -> Optional[object]:
    """The country whose demonym (normalised, in `demonyms`: key -> country) is the normalised word `key`
    (or `key` less a plural "s") with "-ian" after it: "serb" -> "serbian" -> Serbia; None otherwise."""
    for stem in (key, key[:-1] if key.endswith("s") else None):
        if stem and len(stem) >= _SHORTEST_STEM and stem + _CLIPPED_ENDING in demonyms:
            return demonyms[stem + _CLIPPED_ENDING]
    return None
