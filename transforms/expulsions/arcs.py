"""Small walks over a sentence's dependency arcs that the trigger readers share (triggers_parse.py,
leave_orders.py): a child by its arc, whether a word is a verb, and the word of given lemmas a few arcs up."""
from __future__ import annotations

from typing import Optional

from transforms.expulsions.parse_words import lemma


def child_dep(tok, *deps):
    return next((c for c in tok.children if c.dep_ in deps), None)


def is_verb(tok) -> bool:
    return tok.tag_.startswith("VB") or tok.pos_ in ("VERB", "AUX")


def governed_by(tok, lemmas, deps=("xcomp", "ccomp", "advcl", "conj", "pcomp", "prep", "pobj", "dobj",
                                    "nsubjpass", "acl", "relcl")) -> Optional[object]:
    h = tok
    for _ in range(3):
        if h.dep_ not in deps or h.head == h:
            return None
        h = h.head
        if lemma(h) in lemmas:
            return h
    return None


def first_conjunct(noun):
    """The first of the nouns a noun is conjoined to ("ordered the closure of the consulate and the expulsion of six
    diplomats": "closure"), which holds the place in the clause (the verb's object) for all of them; the noun itself
    when it is no conjunct of a noun."""
    h = noun
    for _ in range(4):
        if h.dep_ != "conj" or h.head.pos_ not in ("NOUN", "PROPN") or h.head.i >= h.i:
            return h
        h = h.head
    return h
