"""A news outlet's bureau named by its town: "Reuters Moscow bureau chief Peter Graff", "TIME Rome Bureau Chief
Wilton Wynn", "the Associated Press Tokyo bureau". The model reads the outlet and the bureau's town as one body
("Reuters Moscow", "TIME Rome Bureau"), a name no source holds; the town is a place of its own (the bureau is
in it) and the words before it are the outlet's name.

Spelling and the gazetteer's towns only: a body of the model's ending in a town the gazetteer knows, with a
bureau's word after the town (inside the span or right after it). The outlet's part must be more than a word
every broadcaster's name has ("Radio Moscow bureau" stays the station).
"""
from __future__ import annotations

from typing import Optional, Sequence

from spacy.tokens import Doc

# the words that make a town before them a news bureau's seat
BUREAU_WORDS = frozenset({"bureau", "bureaus", "bureaux", "correspondent", "correspondents"})
# words after the bureau's word that the model keeps in the body ("TIME Rome Bureau Chief")
_AFTER_BUREAU = frozenset({"chief", "chiefs"})
# words of an outlet's name that are no outlet's name alone ("Radio Moscow", "Television Rome")
_GENERIC_OUTLET_WORDS = frozenset({"radio", "television", "tv", "press", "news", "agency", "the", "a", "an"})


def _bureau_follows(doc: Doc, town_end: int, end: int) -> bool:
    """Does a bureau's word follow the town: the span's words after the town ("Rome Bureau Chief"), or the
    word right after a span that ends with the town ("Reuters Moscow | bureau")?"""
    if town_end == end:
        return end < len(doc) and doc[end].lower_ in BUREAU_WORDS
    return doc[town_end].lower_ in BUREAU_WORDS and all(t.lower_ in _AFTER_BUREAU for t in doc[town_end + 1:end])


def _outlet(doc: Doc, start: int, town_start: int) -> bool:
    """Are the words before the town an outlet's name: capitalised, ending in no function word, not only
    words every broadcaster's name has?"""
    words = doc[start:town_start]
    if len(words) and words[0].lower_ == "the":
        words = words[1:]   # "the Associated Press Lisbon bureau"
    return (len(words) > 0 and words[0].text[:1].isupper() and words[-1].text[:1].isalnum()
            and words[-1].text[:1].isupper() and not all(t.lower_ in _GENERIC_OUTLET_WORDS for t in words))


def _bureau_town(doc: Doc, start: int, end: int, towns: Sequence) -> Optional[tuple]:
    for ts, te in towns:
        if start < ts and te <= end and _bureau_follows(doc, te, end) and _outlet(doc, start, ts):
            return ts, te
    return None


def outlets_before_bureau_towns(doc: Doc, ner: Sequence, gazetteer: Sequence) -> list:
    """The model's (start, end, label) spans with a body that is an outlet and its bureau's town ("Reuters
    Moscow" before "bureau", "TIME Rome Bureau") made two: the outlet (a body) and the town (a place)."""
    towns = [(s, e) for s, e, lab in gazetteer if lab == "GAZ:CITY"]
    out = []
    for s, e, lab in ner:
        town = _bureau_town(doc, s, e, towns) if lab == "ORG" else None
        if town is None:
            out.append((s, e, lab))
        else:
            out += [(s, town[0], "ORG"), (town[0], town[1], "GPE")]
    return out
