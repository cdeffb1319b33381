"""A code of letters and a number, written with or without the space or hyphen between them.

"G 8", "G-8" and "G8" are one name, as are "G-20" and "G20", "DS 70" and "DS70", "No 10" and "No10": a
short code of one or two letters and a number is written closed up or spaced by habit, and the gazetteer's
sources hold one spelling ("G 8" in one, "G20" in another). `normalise()` keeps the difference (it turns
the hyphen into a space, so "G-8" already finds "G 8"; "G8" does not).

The closed-up key of a normalised name made only of words of one or two letters and numbers, with at least
one of each ("g 8", "ds 70", "m 26 7"), is the words joined ("g8", "ds70", "m267"). A name is found by it
only where the exact lookup found nothing, and only when it names one entity in the whole gazetteer: a
closed-up key that two entities share (by their closed-up names, or one's closed-up name and the other's
written name) is refused, so no two different bodies become one ("collisions" counts them).

Words of letters alone are never joined ("P-K-K" is not "PKK" here: a spelled-out acronym is a different
shape, and "A B" is not "AB"), nor numbers alone ("10 10"), nor long words ("Group 8").
"""
from __future__ import annotations

from typing import Optional

from gazetteer.model import normalise_all

LONGEST_LETTERS = 2   # "g", "ds", "no": a code's letters; a longer word is a word ("group 8")


def closed_up_key(key: str) -> Optional[str]:
    """The closed-up form of a normalised name of short letter words and numbers ("g 8" -> "g8"), else None."""
    words = key.split()
    if len(words) < 2:
        return None
    has_number = has_letters = False
    for word in words:
        if word.isdigit():
            has_number = True
        elif word.isalpha() and len(word) <= LONGEST_LETTERS:
            has_letters = True
        else:
            return None
    return "".join(words) if has_number and has_letters else None


def closed_up_index(entities) -> tuple[dict, int]:
    """({closed-up key: entity position} for keys naming one entity only, number of keys refused).

    A key is refused when entities of different positions carry it, as a closed-up form or as a name
    written that way."""
    holders: dict = {}
    for position, entity in enumerate(entities):
        for key in normalise_all(entity.names()):
            closed = closed_up_key(key)
            if closed:
                holders.setdefault(closed, set()).add(position)
    if holders:
        for position, entity in enumerate(entities):
            for key in normalise_all(entity.names()):
                if key in holders:
                    holders[key].add(position)
    index = {key: next(iter(found)) for key, found in holders.items() if len(found) == 1}
    return index, len(holders) - len(index)


def closed_up_hits(gaz, key: str, types) -> list:
    """(entity, "alias") for the one entity of `types` named by `key` closed up, for a lookup whose exact key
    found nothing: "g8" finds the body written "G 8"; "g 20" (spaced in text) finds one written "G20".
    Nothing when the closed-up key names more than one entity."""
    index, _ = gaz.derived("closed_up_codes", lambda: closed_up_index(gaz.entities))
    spaced = closed_up_key(key)
    closed = spaced or key
    found = {}
    if closed in index:
        entity = gaz.entities[index[closed]]
        found[id(entity)] = entity
    if spaced:
        for entity in gaz.lookup_exact(closed):
            found[id(entity)] = entity
    if len(found) != 1:
        return []
    entity = next(iter(found.values()))
    if types is not None and entity.entity_type not in ((types,) if isinstance(types, str) else types):
        return []
    return [(entity, "alias")]
