"""Which GeoNames city names the recogniser may match in text, and which only resolve a span
the trained NER already labelled a place.

Tens of thousands of towns bear names that are also words or people's names
("Reading", "Mobile", "Nice", "Split", "Marion", "Obama"), and a phrase match
makes a name a place whatever the sentence says. So a city known only from
GeoNames is matched in text only by

* a name of several words of a city of at least MIN_POPULATION_SEVERAL_WORDS people
  ("Salt Lake City", "Nizhny Novgorod"), or
* a one-word name of five letters or more ("Oral history", "Tima-Weeyne" are no towns) of a
  city of at least MIN_POPULATION_ONE_WORD people that is
  no word of any person's name in the gazetteer ("Hamilton", "Jackson"), no other
  entity's name, not one of the phrases module's common capitalised words, and not
  one of ENGLISH_WORDS: the English words (and given names) among the names of
  GeoNames cities of that size, which a sentence or a headline capitalises
  ("Reading the report", "Nice to meet you", "Mobile phones").

Only the canonical name and its accent-free spelling are matched, and of the GeoNames
alternate names only those that write a matched name another way (`respelt_names`: "Erzerum"
for Erzurum, "Petah Tikva", "Marrakech", "Zaporizhzhia", the older romanisations 1950-90 news
used), under the same rules; never another language's name ("Nicaea" for Nice, "Stanleyville"
for Kisangani), and never a respelling of a name that is not matched itself ("Reding" beside
Reading, "Khamilton" beside Hamilton). Cities the older sources also give
(capitals, curated and PETRARCH cities) are matched as before. Every city still
resolves a GPE/LOC span by any of its names. The thresholds keep the recogniser's
start-up within about half a second of CPU more than without GeoNames (bench figures in
the commit that set them); one-word names of cities of MIN_POPULATION_CAPITALS people are
also matched in capitals, for datelines ("KHARKIV, Ukraine -").
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterable, Set

from rapidfuzz import fuzz

from gazetteer.model import Entity, normalise

MIN_POPULATION_ONE_WORD = 250_000
MIN_POPULATION_SEVERAL_WORDS = 50_000
MIN_POPULATION_CAPITALS = 250_000
RESPELLING_MIN = 85          # similarity (rapidfuzz ratio of normalised names) of a respelling and a city's name

# English words and given names that are the one-word name of a GeoNames-only city of 100,000 or more
# people and are not already taken by a person's name in the gazetteer.
ENGLISH_WORDS = {
    "Reading", "Mobile", "Nice", "Split", "Bath", "Sale", "Orange", "Independence", "Surprise", "Enterprise",
    "Paradise", "Temple", "Concord", "Providence", "Spring", "Buffalo", "Mission", "Derby", "Cork", "Bury",
    "Van", "Goes", "Marl", "Batman", "Mercedes", "Victoria", "Aurora", "Florence", "Savannah", "Billings",
    "Delta", "Oral", "Garden", "Hollywood",
}


def ascii_form(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    return "".join(c for c in s if not unicodedata.combining(c))


def geonames_only(e: Entity) -> bool:
    return e.entity_type == "CITY" and e.population is not None and set(e.sources) == {"geonames"}


def taken_words(entities: Iterable[Entity]) -> Set[str]:
    """Every word of every person's name and every name of a non-city entity: a one-word city
    name among them is not matched in text ("Obama", Japan; "Georgia")."""
    out: Set[str] = set()
    for e in entities:
        if e.entity_type == "PERSON":
            for n in e.names():
                out.update(re.findall(r"[^\W\d_][\w'\u2019-]*", n))   # "Henderson" of "William Henderson, 1st Baron"
        elif e.entity_type != "CITY":
            out.update(e.names())
    return out


def text_names(e: Entity, taken: Set[str], common: Set[str]) -> list:
    """The names of GeoNames-only city `e` the recogniser may match in text."""
    out = []
    for name in dict.fromkeys([e.canonical_name, ascii_form(e.canonical_name)]):
        if name != e.canonical_name and name not in e.aliases:
            continue
        if " " in name.strip():
            if e.population >= MIN_POPULATION_SEVERAL_WORDS and name not in taken:
                out.append(name)
        elif (e.population >= MIN_POPULATION_ONE_WORD and len(name) > 4 and name not in taken
              and name not in common and name not in ENGLISH_WORDS):
            out.append(name)
    return out


def respells(name: str, names: list) -> bool:
    """Does `name` write one of `names` another way ("Djakarta" Jakarta, "Mashad" Mashhad; not "Praga"
    Prague nor "Roma" Rome)? Both at least five letters, in as many words: short names are too alike by
    chance. A name that only adds letters at the end or drops them, or ends in another letter, is an
    inflection, another language's form or another word, no spelling ("Londono", "Ivanov" and "Ivanova"
    beside Ivanovo, "Highlands", "Petersburg", "Pristine" beside Pristina)."""
    key = normalise(name)
    return len(key) >= 5 and any(_respelling(key, normalise(n)) for n in names)


def _respelling(key: str, other: str) -> bool:
    return (len(other) >= 5 and len(key.split()) == len(other.split()) and key[-1] == other[-1]
            and not key.startswith(other) and not other.startswith(key) and fuzz.ratio(key, other) >= RESPELLING_MIN)


def respelt_names(e: Entity, names: list, taken: Set[str], common: Set[str]) -> list:
    """The alternate names of GeoNames-only city `e` that write one of its matched `names`
    (`text_names`) another way ("Erzerum" Erzurum, "Kerbala" Karbala; see the module's doc), and are no
    person's word, other entity's name or English word either."""
    if not names or e.population < MIN_POPULATION_ONE_WORD:   # another name is a weaker claim than the main one
        return []
    return [a for a in dict.fromkeys(e.aliases) if a not in names and respells(a, names)
            and (" " in a.strip() or len(a) > 4) and a not in taken and a not in common and a not in ENGLISH_WORDS]


def capitals_forms(e: Entity, names: list) -> set:
    """ALL-CAPS forms of the one-word names matched in text, for datelines ("KHARKIV, Ukraine -")."""
    if e.population < MIN_POPULATION_CAPITALS:
        return set()
    return {n.upper() for n in names if " " not in n and len(n) > 3}
