"""The parts a state's formal name lists that are named by a compass word and another state's name
("Northern Ireland" in "the United Kingdom of Great Britain and Northern Ireland"): there the other
state's name is no mention of it (used by `recognise`).

A compass word before a state's name usually names a part of that state, and the state is named
("Eastern Ukraine", "Western Australia": `nested_names.PART_WORDS`). Not so where the formal name of
another state lists that phrase among the parts it is made of: "a soldier was shot in Northern Ireland"
names no Republic of Ireland. The parts are read from the gazetteer's own names of the states, the
words after the "of" of a formal name that joins its parts with "and", so no place is listed by hand.
"""
from __future__ import annotations

import re
from typing import Iterable

from spacy.tokens import Doc

from transforms.nested_names import PART_WORDS, word_before

_PARTS = re.compile(r"\bof (.+ and .+)$")
_JOINS = re.compile(r",\s*|\s+and\s+")


def parts_of_states(country_names: Iterable[str]) -> frozenset[str]:
    """The lower-case parts ("northern ireland") the formal names among `country_names` list ("United Kingdom
    of Great Britain and Northern Ireland") that are a compass word and another name among them."""
    names = {n.lower() for n in country_names}
    parts = set()
    for name in names:
        listed = _PARTS.search(name)
        if not listed:
            continue
        for part in _JOINS.split(listed.group(1)):
            words = part.split()
            if len(words) > 1 and words[0] in PART_WORDS and " ".join(words[1:]) in names:
                parts.add(" ".join(words))
    return frozenset(parts)


def part_of_another_state(doc: Doc, start: int, end: int, parts: frozenset) -> bool:
    """Is the state's name at tokens [start, end) the end of such a part with the capitalised compass word
    before it ("Northern Ireland", also "Northern\\nIreland" cut by a wrapped line)?"""
    before = word_before(doc, start)
    if before < 0 or not doc[before].text[:1].isupper():
        return False
    return " ".join([doc[before].lower_] + [t.lower_ for t in doc[start:end] if not t.is_space]) in parts
