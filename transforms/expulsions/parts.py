"""Part of a group told before: "six of the diplomats were being declared persona non grata" after "ordered 50
Russian diplomats to leave" names six of those fifty, the same expulsion told in more detail, not a second one.

    part_of_group(expelled) -> int | None   the size the phrase gives its group (0 when none), None if not a part
    part_of_told(size, count, actor, expelled, told) -> bool   an earlier asserted expulsion holds the part

A part is a number with "of" and a definite plural of people ("six of the diplomats", "two of those attachés",
"six of the 50 diplomats"); "of the remaining diplomats" and "of the other diplomats" name people still there,
not the ones told before, and are no part."""
from __future__ import annotations

from typing import Optional, Sequence

from gazetteer.history import one_state
from transforms.records import Event
from transforms.expulsions.headcounts import number_of
from transforms.expulsions.modality import ASSERTED
from transforms.expulsions.parse_words import PERSONNEL, normalise

_DEFINITE = frozenset({"the", "those", "these"})
_STILL_THERE = frozenset({"remaining", "other", "rest"})


def part_of_group(expelled) -> Optional[int]:
    """For the expelled phrase's head token: the size of the group "N of the <people>" takes N from (the number
    on the people, "six of the 50 diplomats"; 0 when the phrase gives none), or None when it is no such part."""
    if expelled is not None and expelled.dep_ == "pobj" and normalise(expelled.head.text) == "of" and \
            expelled.head.dep_ == "prep":
        expelled = expelled.head.head   # the parse's expelled phrase may be the people after "of"
    if expelled is None or number_of(expelled) is None:
        return None
    for prep in expelled.children:
        if prep.dep_ != "prep" or normalise(prep.text) != "of":
            continue
        for group in prep.children:
            word = normalise(group.text)
            if group.dep_ != "pobj" or group.tag_ not in ("NNS", "NNPS") or \
                    word not in PERSONNEL and word.rstrip("s") not in PERSONNEL:
                continue
            mods = [normalise(c.text) for c in group.children]
            if not any(m in _DEFINITE for m in mods) or any(m in _STILL_THERE for m in mods):
                continue
            size = next((number_of(c) for c in group.children if c.dep_ == "nummod" and number_of(c)), None)
            return size or 0
    return None


def part_of_told(size: Optional[int], count: Optional[int], actor: Optional[str], expelled: Optional[str],
                 told: Sequence[Event]) -> bool:
    """Is an asserted expulsion of `count` people, named as part of a group of `size` (part_of_group), a part of
    an asserted expulsion told before by the same state of the same state's people, of more people (of exactly
    `size` when the phrase gives it)?"""
    if size is None or count is None or actor is None or expelled is None:
        return False
    return any(e.modality == ASSERTED and e.count is not None and e.count > count and (size == 0 or e.count == size)
               and one_state(e.expelling_country, actor) and one_state(e.expelled_country, expelled) for e in told)
