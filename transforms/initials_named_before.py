"""Initials no bracket defines, after the body or state they spell: "Islamic State claimed the attack ...
IS fighters withdrew", "the Central African Republic ... C.A.R. forces".

News often writes a body out in full once and then by its initials without ever putting them in brackets
(the bracketed definition is `defined_acronyms`). Where the gazetteer leaves such initials unknown (it
knows them as nobody's, or as several bodies' and cannot tell which), and exactly one body or state the
article named before them in full, and resolved, has a name whose capitalised words' initials they are,
the initials are that one: the reader has only that one to take them for. Nothing already resolved is
changed, a person's name is never spelt out so ("John Smith ... JS"), and initials that two earlier names
spell stay unknown, also when the gazetteer knows only one of the two ("the International Coffee
Organization ... the Inter-African Coffee Organization ... the ICO" is no African body).
"""
from __future__ import annotations

from typing import Optional, Sequence

from transforms.defined_acronyms import is_defined_by

_KINDS = ("ORG", "COUNTRY")          # what initials stand for; a person or a town is not named so
_SCORE = 0.85


def _letters(text: str) -> Optional[str]:
    """The initials `text` writes, without their dots ("C.A.R." -> "CAR"), or None when it is no initials."""
    bare = text.replace(".", "")
    return bare if 2 <= len(bare) <= 6 and bare.isalpha() and bare.isupper() else None


def initials_named_before(queries: Sequence, answers: list) -> list:
    """`answers` with each unknown initials that one earlier resolved body or state spells out linked to it."""
    out = list(answers)
    for i, (q, a) in enumerate(zip(queries, answers)):
        letters = _letters(q.text)
        if letters is None or a is None or a.entity_id is not None:
            continue
        spelt = {}
        for p, b in zip(queries[:i], answers[:i]):
            if b is not None and b.entity_type in _KINDS and is_defined_by(letters, p.text):
                # a body named in full that nothing links still counts: "International Coffee Organization
                # ... Inter-African Coffee Organization ... ICO" may be either
                spelt.setdefault(b.entity_id or "unknown:" + " ".join(p.text.split()).lower(), b)
        if len(spelt) == 1:
            (full,) = spelt.values()
            if full.entity_id:
                out[i] = full._replace(method="coref", score=min(full.score, _SCORE))
    return out
