"""A demonym the country table lacks, read from the country's name by an adjectival ending.

News and translations make nationality words the table does not hold: "Slovakian" (the table has
"Slovak"), "Somalian", "Israelian", "Myanmarese", "Luxembourgish", "Zimbabwian", "Afghani". Each is a
country's name (or a demonym it has) with an ending of nationality: the name whole ("Slovakia" + "n",
"Myanmar" + "ese"), or less its last vowel ("Zimbabw(e)" + "ian"). A form is read only when exactly
one country gives it, from its canonical name or a demonym, never from another alias ("Arabian" is not
Saudi Arabia's, "Korean" names no one state).
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
