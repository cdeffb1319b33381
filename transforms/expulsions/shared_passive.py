"""A passive participle that shares the auxiliary and subject of the passive verb before it.

    passive_shared(verb) -> the passive verb (with the auxiliary) whose subject is its patient, or None
    shares_passive(verb) -> bool

"Two diplomats were arrested and expelled from Freedonia", "X, an assistant military attache in Moscow, is accused of
espionage and given 48 hours to leave the Soviet Union": the parser hangs "expelled" and "given" on the first
participle as its conjunct, with no auxiliary or subject of their own; they are passive too, and their patient is
the first participle's subject. The parser may hang the participle on a participle of a list ("were arrested,
questioned and expelled": "questioned" an adverbial clause) or on a gerund after a preposition of the first
participle ("were accused of spying and expelled": a past participle is no gerund's conjunct): the same. An active
first verb ("Russia has arrested and expelled two diplomats": "has" is no passive auxiliary) shares nothing passive.
"""
from __future__ import annotations

_OWN = ("nsubj", "nsubjpass", "aux", "auxpass", "expl", "mark")


def _bare(verb) -> bool:
    """A past participle with no subject or auxiliary of its own; a form the tagger took for a past tense
    ("were accused of spying and ordered to leave": "ordered" as VBD) only with no object either."""
    if any(c.dep_ in _OWN for c in verb.children):
        return False
    return verb.tag_ == "VBN" or (verb.tag_ == "VBD" and not any(c.dep_ in ("dobj", "dative") for c in verb.children))


def passive_shared(verb):
    """The passive participle (one with a passive auxiliary) before `verb` whose auxiliary and subject `verb`, a bare
    past participle conjoined to it, shares; None if there is none."""
    if verb.dep_ != "conj" or not _bare(verb):
        return None
    head = verb.head
    for _ in range(4):
        if head.i >= verb.i:
            return None
        if head.tag_ == "VBG" and head.dep_ == "pcomp" and head.head.dep_ == "prep":
            head = head.head.head   # "were accused of spying and expelled": the participle "of" hangs on
            continue
        if head.tag_ != "VBN":
            return None   # (the first participle itself is never a past tense: it has the auxiliary)
        if any(c.dep_ == "auxpass" for c in head.children):
            return head
        if head.dep_ not in ("conj", "advcl") or not _bare(head):
            return None
        head = head.head   # "were arrested, questioned and expelled": up the list
    return None


def shares_passive(verb) -> bool:
    """Is `verb` a bare past participle conjoined to a passive one before it (see passive_shared)?"""
    return passive_shared(verb) is not None


def reduced_conjunct(verb):
    """"Two attachés, identified as spies and ordered to leave, flew home": a bare past participle conjoined to a
    reduced relative (a past participle on a noun, with no subject or auxiliary) is on that noun too, passive, its
    patient the noun; the noun, else None. The tagger may take the participle for a past tense ("ordered" as VBD)
    only with no object of its own."""
    first = first_reduced(verb)
    return first.head if first is not None else None


def first_reduced(verb):
    """The reduced relative participle ("identified", "accused") a bare participle is conjoined to (also through
    a gerund after its preposition: "accused of spying and expelled"), as in `reduced_conjunct`; else None."""
    if verb is None or verb.dep_ != "conj" or not _bare(verb):
        return None
    head = verb.head
    if head.tag_ == "VBG" and head.dep_ in ("pcomp", "pobj") and head.head.dep_ == "prep":
        head = head.head.head   # "accused of spying and expelled": the participle "of" hangs on
    if head.i >= verb.i or head.tag_ != "VBN" or head.dep_ != "acl" or not _bare(head):
        return None
    return head if head.head.pos_ in ("NOUN", "PROPN") else None


def shared_agent(verb):
    """The doer a bare participle's first conjunct names ("were identified as spies by Ruritania and ordered to
    leave", "the attachés, accused of spying by Ruritania and expelled"): the object of "by" in the first
    participle's own words, which the parser may hang on its complement ("as spies by X"); None where the
    participle has a doer of its own or none is named. The caller keeps it only if it names a state."""
    if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.text.lower() == "by") for c in verb.children):
        return None
    first = passive_shared(verb) or first_reduced(verb)
    if first is None:
        return None
    own = set(t.i for t in verb.subtree)
    for t in first.subtree:
        if t.i not in own and t.i < verb.i and (t.dep_ == "agent" or (t.dep_ == "prep" and t.text.lower() == "by")):
            return next((c for c in t.children if c.dep_ == "pobj"), None)
    return None
