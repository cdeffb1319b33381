"""A city's alternate name that is its own name without the generic word that ends it is another place's name.

GeoNames lists "Long Island" as a name of Long Island City (a neighbourhood of Queens), "Rapid" of Rapid City,
"Jefferson" of Jefferson City and of Jeffersontown, "Grove" of Grove City. In news such a shorter name is
far more often the island, the river, the county or the person the town is named after than the town:
"Long Island" is the island, "Jefferson" a president. A GeoNames city keeps no alternate name that is
its name less a final generic word (GENERIC_HEADS: "City", "Town", "Beach", "Falls", ...), written apart
("Rapid City") or closed up ("Jeffersontown"): `gazetteer.sources_geonames` drops it. The data give no mark
of which alternate name is the town's own official one, so every such name goes; a town an older source
(PETRARCH's places, the curated cities) names so keeps that name ("Makati"). Suffixes of other languages that name the same town
("Nara-shi", "Frankfurt am Main") are no generic English head and stay.
"""
from __future__ import annotations

from gazetteer.model import normalise

GENERIC_HEADS = frozenset({
    "city", "town", "village", "beach", "bay", "springs", "spring", "falls", "grove", "heights", "park",
    "hills", "hill", "island", "islands", "lake", "valley", "junction", "center", "centre", "estate", "mills",
    "gardens",
})


def drops_generic_head(alias: str, name: str) -> bool:
    """Is `alias` the city name `name` without a generic word that ends it ("Long Island" for "Long Island
    City", "Jefferson" for "Jeffersontown")?"""
    short, full = normalise(alias).split(), normalise(name).split()
    if not short or not full:
        return False
    if len(full) > len(short) and full[:len(short)] == short:
        rest = full[len(short):]
        return len(rest) == 1 and rest[0] in GENERIC_HEADS
    joined = "".join(short)
    if len(full) == 1 and full[0].startswith(joined):
        return full[0][len(joined):] in GENERIC_HEADS
    return False
