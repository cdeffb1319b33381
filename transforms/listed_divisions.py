"""Names in a list that a word of division closes are divisions, no towns: "Cumberland, Oxford, Penobscot and
Somerset counties will get federal aid".

A county, a province or a prefecture often bears a town's name (or a people's, or a person's), and a story
names several of them in one list closed by the plural of the division ("Guangdong and Fujian provinces",
"Los Angeles and Orange counties"), or one of them with the singular after it ("Santa Fe province").
Alone the resolver takes each for the best town of its name ("Oxford" for Oxford, Mississippi, "Somerset"
for Somerset, New Jersey) and the model reads the rest as people or bodies ("Penobscot", "Cumberland"). Each name of
such a list is a division the gazetteer does not hold as such: unknown, a place (OTHER), in the country of the
town it was taken for, if any. A division the gazetteer does hold (a province or a state the sources hold as
a place of no population: "Guangdong", "Florida"), a country and a people keep their link. "Regions",
"districts" and "states" are left alone: "the Mackay region" is the country round the town, "Midwestern and
Southern states" no names of places; so are "departments", in news mostly ministries ("the Treasury and State
departments"). A body the gazetteer knows keeps its link ("EC" is the European Community before any such word).
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from gazetteer.resolution import Resolution

# Divisions that bear towns' names, as the word that closes a list of them (plural) or follows one (singular).
DIVISION_WORDS = ("counties", "county", "provinces", "province", "prefectures", "prefecture", "parishes", "cantons",
                  "canton", "oblasts", "oblast")   # not "departments": "the Treasury and State departments" are ministries
_NAME = r"[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,3}"
_DIVISION = "|".join(DIVISION_WORDS)
# what follows one name of such a list: more names (", Penobscot", " and Somerset", ", and Somerset"), then the word
_LIST_TAIL = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?" + _NAME + r"|\s+(?:and|or)\s+" + _NAME + r"){0,15}\s+((?i:" + _DIVISION
                        + r"))\b")
_RELINKED = ("CITY", "PERSON", "ORG")   # a town's link, or the model's reading of a name it did not know


def closed_by_division(text: str, end: int) -> bool:
    """Does the name ending at `end` in `text` stand in a list of names closed by a division's plural
    ("Oxford, Penobscot and Somerset counties"), or right before its singular ("Santa Fe province")?"""
    m = _LIST_TAIL.match(text, end)
    if m is None:
        return False
    word = m.group(1).lower()
    names = m.group(0)[:m.start(1) - end]
    return word.endswith("s") or not names.strip()   # a singular: right after the one name


def _region(gaz, q, a) -> bool:
    """Is the place `a` links `q` to one the gazetteer holds with no population (a province, a state)?"""
    if a.entity_type != "CITY" or not a.entity_id or gaz is None:
        return False
    return any(e.entity_id == a.entity_id and e.population is None for e in gaz.lookup_exact(q.text, types=("CITY",)))


def listed_divisions(gaz, queries: Sequence, answers: list, text: Optional[str]) -> list:
    """`answers` with every town, person or body read in a name of such a list made an unknown place (module doc)."""
    if not text:
        return answers
    out = list(answers)
    for i, (q, a) in enumerate(zip(queries, answers)):
        if a is None or a.entity_type not in _RELINKED or not q.text[:1].isupper():
            continue
        if a.entity_type == "ORG" and a.entity_id:
            continue   # a body the gazetteer holds, not the model's reading of a name it did not know
        if closed_by_division(text, q.end_char) and not _region(gaz, q, a):
            country = a.country_code if a.entity_type == "CITY" else None
            out[i] = Resolution("OTHER", None, q.text.strip(), country, method="nil")
    return out
