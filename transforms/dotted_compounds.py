"""A dotted abbreviation joined by a hyphen to the word it qualifies: "U.S.-backed rebels", "a U.K.-based firm".

spaCy's tokenizer splits a hyphen between two letters ("US-led" is "US", "-", "led") but not one after a full
stop, so "U.S.-financed" stays one token, which neither the model nor the gazetteer reads as the United
States: "the Soviet-backed government and U.S.-financed rebels" named the Soviet Union and not the United
States. `split_dotted_compounds` makes the tokenizer split such a hyphen too: one that follows initials each
closed by a full stop ("U.S.", "U.K.", "U.N.", at the start of the word or after a non-letter) and precedes a
lower-case letter (the participle or noun the abbreviation qualifies). The initials are then a token of their
own, as "U.S." alone is. A hyphen before a capital ("U.S.-Soviet talks") is left to the national pairs'
reading (transforms/national_pairs.py).
"""
from __future__ import annotations

import re
from typing import Iterator

from spacy.language import Language

from transforms.tokenizer_edits import carry_marks

_DOTTED_THEN_WORD = re.compile(r"(?:(?<=^)|(?<=[^A-Za-z.]))(?:[A-Z]\.){2,4}(-)(?=[a-z])")


class _Hyphen:
    """The hyphen's one-character infix match, as spaCy's tokenizer expects one."""
    def __init__(self, start: int):
        self._start = start

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._start + 1


def dotted_hyphens(text: str) -> list:
    """The offsets of the hyphens that join dotted initials to a lower-case word ("U.S.-backed" -> [4])."""
    return [m.start(1) for m in _DOTTED_THEN_WORD.finditer(text)]


def split_dotted_compounds(nlp: Language) -> Language:
    """Make `nlp`'s tokenizer split the hyphen after dotted initials too (idempotent). Returns `nlp`."""
    tokenizer = nlp.tokenizer
    if getattr(tokenizer.infix_finditer, "newsnorm_dotted", False):
        return nlp
    base = tokenizer.infix_finditer

    def finditer(text: str) -> Iterator:
        found = list(base(text)) if base is not None else []
        extra = [h for h in dotted_hyphens(text) if not any(m.start() <= h < m.end() for m in found)]
        if not extra:
            return iter(found)
        return iter(sorted(found + [_Hyphen(h) for h in extra], key=lambda m: m.start()))

    carry_marks(finditer, base).newsnorm_dotted = True
    tokenizer.infix_finditer = finditer   # the setter flushes spaCy's cache of earlier splits
    return nlp
