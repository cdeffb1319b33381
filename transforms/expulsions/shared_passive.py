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
