""""Dept" alone is the State Department: the short name US diplomats' telegrams give their own
ministry ("Embtel 994 to Dept", "as Dept aware"), as they call the US government "USG". The
gazetteer lists it among the State Department's names (sources/curated_organisations.csv).

Elsewhere the word is a piece of another department's name, and no mention of its own: after a
capitalised word ("Commerce Dept", "the Justice Dept.", whether the model reads the name whole
or not) or before "of" ("the Dept. of Energy", "Dept of Foreign Affairs").
"""
from __future__ import annotations

from spacy.tokens import Doc

SHORT_NAMES = frozenset({"Dept", "Dept."})


def qualified_department(doc: Doc, start: int, end: int) -> bool:
    """Is the span at tokens [start, end) a "Dept" that is a piece of another department's name?"""
    words = [t for t in doc[start:end] if t.text != "."]
    if len(words) != 1 or doc[start:end].text not in SHORT_NAMES:
        return False
    before = doc[start - 1] if start > 0 else None
    k = end
    while k < len(doc) and (doc[k].text == "." or doc[k].is_space):
        k += 1
    return (before is not None and before.text[:1].isupper() and before.is_alpha and not before.is_sent_start
            or k < len(doc) and doc[k].lower_ == "of")
