"""A person's span that is only a title the model cut off from the name after it names no one.

"met Amb. Kampelman": the model may read "Amb" as one person and "Kampelman" as another. A span of
honorifics, titles and ranks only (transforms/name_spans.PERSON_TITLES, MILITARY_RANKS: "Amb", "Sen.",
"Adm", "Mr"), right before a capitalised word with nothing but its stop between, is the title of the name
that follows, not a name of its own ("the General said", with no name after it, is left to the resolver).
"""
from __future__ import annotations

from spacy.tokens import Doc

from transforms.name_spans import MILITARY_RANKS, PERSON_TITLES

_TITLES = PERSON_TITLES | MILITARY_RANKS


def title_cut_off(doc: Doc, start: int, end: int) -> bool:
    """Is the person's span at tokens [start, end) titles only ("Amb", "Sen."), right before a capitalised
    word after at most a stop ("Amb. Kampelman")?"""
    words = [t for t in doc[start:end] if t.text != "."]
    if not words or any(t.text.lower().rstrip(".") not in _TITLES for t in words):
        return False
    i = end
    if i < len(doc) and doc[i].text == ".":
        i += 1
    return i < len(doc) and doc[i].is_alpha and doc[i].text[:1].isupper()
