"""A unit of a body names the body too: "the American Division of the Foreign Ministry".

A news story names a department, division or desk of a ministry by the ministry it belongs to, and
the model takes the whole phrase for one organisation. No gazetteer knows the unit, but a reader
knows the ministry: the body after "<unit> of (the)" is a name of its own, nested in the longer one,
as a gazetteer name inside a longer name is (`merge_spans`). Only when a word qualifies the unit
("American Division", "Press Office") and the body's name ends in an institution's word: "the
Department of State" and "the Office of the Prime Minister" are names of their own, not units.
"""
from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc

from gazetteer.model import INSTITUTION_WORDS

UNIT_WORDS = frozenset({"division", "department", "section", "directorate", "bureau", "desk", "branch",
                        "office", "unit", "secretariat"})
_BODY_LABELS = ("ORG", "GAZ:ORG", "FAC")
_JOINING = frozenset({"and", "or", "the", "of"})   # "Attorney General's Office and Department of ...": no qualifier


def parent_bodies(doc: Doc, spans: Sequence[tuple]) -> list[tuple[int, int, str, str]]:
    """(start, end, "ORG", "nested") for the body a unit span names after "<unit> of (the)", for every
    outer body span ((start, end, label, origin), token offsets) of that shape."""
    out = []
    for s, e, label, origin in spans:
        if origin == "nested" or label.split("|")[0] not in _BODY_LABELS or doc[e - 1].lower_ not in INSTITUTION_WORDS:
            continue
        first = s + 1 if doc[s].lower_ == "the" else s
        for k in range(first + 1, e - 2):
            if doc[k].lower_ in UNIT_WORDS and doc[k + 1].lower_ == "of" and doc[k - 1].is_alpha \
                    and doc[k - 1].lower_ not in _JOINING:
                body = k + 3 if doc[k + 2].lower_ == "the" else k + 2
                if body < e and doc[body].is_title:
                    out.append((body, e, "ORG", "nested"))
                break
    return out
