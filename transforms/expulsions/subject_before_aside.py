"""A name before an aside as the subject of the verb after it, where the parser gave that verb no subject.

"South Africa expelled three Rwandan diplomats and Rwanda, which borders Burundi, retaliated by ordering out six
South African diplomats": the parser may join "Rwanda" to the diplomats and hang "retaliated" on them as a reduced
relative, or on "expelled" as a clause with no subject; "Freedonia, which borders Graustark, retaliated by expelling
...": it may make "Freedonia" the root and "retaliated" a reduced relative on it. A verb in the past with no subject
of its own, right after a name and an aside set off by commas, has that name as its subject
(parse_words._clause_subject reads `name_before_aside`).
"""
from __future__ import annotations

from typing import Optional

_PAST = ("VBD", "VBN")


def name_before_aside(verb) -> Optional[object]:
    """The proper name right before the comma-bracketed aside before `verb`, a past verb with no subject of its own:
    hung on a noun as a reduced relative (the name joined to that noun, or the noun itself when it is the sentence's
    root), or on an earlier verb as a clause (a name joined after "and" to that verb's object); else None. "the
    diplomats expelled by Ruritania" (no aside) is a reduced relative: None."""
    if verb.dep_ not in ("acl", "advcl", "conj") or verb.tag_ not in _PAST or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    doc = verb.doc
    if verb.dep_ == "acl":
        noun = verb.head
        names = [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i < verb.i]
        if noun.pos_ == "PROPN" and noun.dep_ == "ROOT" and noun.i < verb.i:
            names.append(noun)
    else:   # "... diplomats and Freedonia, which borders Graustark, retaliated": the name glued to the object
        names = [t for t in doc[verb.head.i + 1:verb.i] if t.dep_ == "conj" and t.pos_ == "PROPN" and
                 t.head.dep_ == "dobj" and t.head.head == verb.head and t.i > 0 and doc[t.i - 1].text == "and"]
    if not names:
        return None
    name = max(names, key=lambda t: t.i)
    aside = doc[name.i + 1:verb.i]   # (a name is headed by its last word: "South Africa")
    if len(aside) < 3 or aside[0].text != "," or aside[-1].text != ",":
        return None
    return name
