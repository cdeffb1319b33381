"""How far a "not" reaches (modality.modality_of): the verbs a negation on another verb does not deny.

    outside_negation(conjunct) -> bool    a conjoined verb the first verb's "not" does not reach
    denied(kids) -> bool                  a verb's own "not" or "never"

A "not" sits on its verb and that verb's auxiliary. A verb conjoined to it is under it only where it shares
both ("did not close the consulate or expel anyone"); one with a subject of its own ("Freedonia did not protest,
and Ruritania expelled two diplomats"), one after "but" ("did not close the consulate but expelled two
diplomats"), one with an auxiliary of its own ("will not extend their stay and has ordered them to leave") or one
in a tense of its own that cannot share the first verb's auxiliary ("did not close the
consulate and expelled ...") is told as done.
"""
from __future__ import annotations

from transforms.expulsions.parse_words import normalise

_SUBJECTS = ("nsubj", "nsubjpass", "expl")
_FINITE = ("VBD", "VBZ")   # (not VBP: "expel" after "did not close ... and" is read as one)


def outside_negation(conjunct) -> bool:
    """A verb conjoined to another (`conjunct.dep_ == "conj"`) that the other verb's own "not"/"never" does not
    deny: it has a subject of its own, it follows "but", it has an auxiliary of its own ("will not extend their stay
    and has ordered them to leave"), or it is finite where the other verb is a bare form after its auxiliary ("did
    not close ... and expelled")."""
    if conjunct.dep_ != "conj":
        return False
    head = conjunct.head
    if any(c.dep_ in _SUBJECTS for c in conjunct.children):
        return True
    if any(c.dep_ == "cc" and normalise(c.text) == "but" and head.i < c.i < conjunct.i for c in head.children):
        return True
    if any(c.dep_ in ("aux", "auxpass") and normalise(c.text) != "to" and c.i < conjunct.i for c in conjunct.children) \
            and any(c.dep_ == "aux" for c in head.children):
        return True
    return conjunct.tag_ in _FINITE and head.tag_ == "VB" and any(c.dep_ == "aux" for c in head.children)


def denied(kids) -> bool:
    """A verb's own "not" or "never" (its children `kids`)."""
    return any(c.dep_ == "neg" or normalise(c.text) == "never" for c in kids)

