"""Indonesian and Malay names in the spelling before the 1972 reform ("Soeharto", "Soerabaja", "Jogjakarta"), read in today's.

News until the 1970s, and many people's own names to this day, write Indonesian and Malay names in the
Dutch-based spellings the 1972 reform (Ejaan Yang Disempurnakan, and Malaysia's matching reform) replaced:
"oe" for u (van Ophuijsen's spelling, before 1947), "dj" for j, "tj" for c, "j" before a vowel for y, "nj"
for ny, "sj" for sy and "ch" for kh. The gazetteer's sources mostly write them the new way ("Suharto",
"Surabaya", "Yogyakarta"). `modern_forms` gives every spelling a name may have today, each old letter group
read or left as written (names keep old spellings by choice: "Matori Abdul Djalil"); only a form the
gazetteer holds exactly, for an entity of OLD_SPELLING_STATES and no other, is taken (gazetteer/resolver.py),
and only for a name the gazetteer does not hold as written ("Djibouti", "van Oers" are never respelt).
"""
from __future__ import annotations

import re
from itertools import product
from typing import List

# the old letter groups and what they are written today, longest first; a group in VOWEL_AFTER is read so
# only before a vowel ("Jusuf" -> Yusuf, "Jogjakarta" -> Yogyakarta; a word-final j is no y)
OLD_TO_NEW = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("nj", "ny"), ("sj", "sy"), ("ch", "kh"), ("j", "y"))
VOWEL_AFTER = frozenset({"j"})
VOWELS = frozenset("aeiou")
OLD_SPELLING_STATES = frozenset({"ID", "MY", "BN"})   # states that wrote so (Brunei spells as Malaysia)
_MAX_FORMS = 64


def _pieces(word: str) -> List[tuple]:
    """`word` as a run of pieces, each the tuple of its spellings (as written first)."""
    lower = word.lower()
    out: List[tuple] = []
    at = 0
    while at < len(word):
        for old, new in OLD_TO_NEW:
            if not lower.startswith(old, at):
                continue
            end = at + len(old)
            if old in VOWEL_AFTER and (end >= len(lower) or lower[end] not in VOWELS):
                continue
            written = word[at:end]
            modern = new.capitalize() if written[0].isupper() else new
            out.append((written, modern))
            at = end
            break
        else:
            out.append((word[at],))
            at += 1
    return out


def modern_forms(name: str) -> List[str]:
    """The spellings after the 1972 reform a name may stand for ("Soeharto" -> ["Suharto"], "Ali
    Sastroamidjojo" -> [..., "Ali Sastroamijoyo", ...]), the name as written left out: empty when no word
    has an old letter group, or the name has too many readings to be told apart."""
    words = name.split()
    options = []
    count = 1
    for word in words:
        forms = {"".join(p) for p in product(*_pieces(word))}
        count *= len(forms)
        if count > _MAX_FORMS:
            return []
        options.append(sorted(forms))
    forms = {" ".join(ws) for ws in product(*options)}
    return sorted(forms - {name})


def respelt_variant(text: str) -> bool:
    """Whether `text` has any old letter group at all (a cheap test before any lookup)."""
    return bool(re.search(r"oe|dj|tj|nj|sj|ch|j[aeiou]", text, re.IGNORECASE))


def held_in_modern_spelling(gaz, name: str) -> list:
    """The entities the gazetteer holds under a modern spelling of `name` ("Soerabaja" -> [Surabaya]), when
    every entity so found is of OLD_SPELLING_STATES (a respelling another state's name shares is no evidence)."""
    if not respelt_variant(name):
        return []
    found = {e.entity_id: e for form in modern_forms(name) for e in gaz.lookup_exact(form, types=None)}
    if any(e.country_code not in OLD_SPELLING_STATES for e in found.values()):
        return []
    return list(found.values())


def person_in_modern_spelling(mention, find_person):
    """The verdict `find_person` gives a person's name in a modern spelling ("President Soeharto" read as
    "President Suharto"), when exactly one person of OLD_SPELLING_STATES is found so; else None.
    `mention` is a NameQuery; `find_person(mention)` the resolver's evidence for people."""
    if not respelt_variant(mention.text):
        return None
    verdicts = {}
    for form in modern_forms(mention.text):
        v = find_person(mention._replace(text=form))
        if v is not None and v.entity is not None:
            verdicts[v.entity.entity_id] = v
    if len(verdicts) != 1:
        return None
    (v,) = verdicts.values()
    return v if v.entity.country_code in OLD_SPELLING_STATES else None
