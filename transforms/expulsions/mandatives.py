"""A clause in the mandative subjunctive says what should be done, not what was.

    mandative_subjunctive(verb) -> bool

"It is the sense of Congress that the ambassador be declared persona non grata and immediately expelled", "the
resolution asks that the envoy be expelled": a verb with a subject of its own and a bare "be" (the parse's VB) as its
only auxiliary, no modal and no "to", is the subjunctive of a wish, a demand or a resolution, whatever word governs
the clause, unless a verb of deciding governs it (patterns/grammar.json deciding_verbs: "the Government decided that
the attache be declared persona non grata" tells the decision). A finite "is"/"was"/"were" ("that the ambassador was expelled"), a modal ("will be expelled": modality.py
reads those) or an infinitive ("to be expelled") is no such clause.

    decided_clause(verb) -> bool

Under a verb of deciding the clause is the decision itself ("Ruritania did not order that the attache be expelled",
"may decide that two diplomats be expelled", "ruled that the attache leave"): the decision's own "not" or modal is
the act's (modality.py reads the deciding verb as the act's own clause).

    decider(verb) -> the deciding verb's subject, or None

Who decided: a parliament that resolves that an envoy be expelled or leave asks its government to act (grammar.py
makes it a demand, as "the parliament voted to expel"); a government that does so decides.
"""
from __future__ import annotations

from transforms.expulsions.parse_words import PATTERNS, lemma, normalise

DECIDING_VERBS = frozenset(PATTERNS["deciding_verbs"])


def mandative_subjunctive(verb) -> bool:
    """Is `verb` a clause's verb in the mandative subjunctive (a subject, and a bare "be" its only auxiliary)?"""
    if not mandative_subjunctive_form([c for c in verb.children if c.dep_ in ("aux", "auxpass")]):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    top = verb
    while top.dep_ == "conj" and top.head != top:
        top = top.head   # "... be declared persona non grata and expelled": the first conjunct's clause
    return not (top.dep_ == "ccomp" and {lemma(top.head), top.head.lemma_.lower()} & DECIDING_VERBS)


def decided_clause(verb) -> bool:
    """Is `verb` a 'that' clause in the subjunctive (a subject; a bare "be" its only auxiliary, or none and a base
    form) that a verb of deciding governs ("ordered that the attache be expelled", "ruled that he leave")?"""
    if not (verb.dep_ == "ccomp" and {lemma(verb.head), verb.head.lemma_.lower()} & DECIDING_VERBS):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    if not auxiliaries:
        return verb.tag_ in ("VB", "VBP")   # "that the attache leave", "that the diplomats leave"
    return mandative_subjunctive_form(auxiliaries)


def decider(verb):
    """The subject of the verb of deciding whose subjunctive clause `verb` is (or the first conjunct of: "ordered
    that he be declared persona non grata and expelled"): "the parliament" of "the parliament resolved that the envoy
    be expelled"; None when no verb of deciding governs the clause."""
    top = verb
    while top.dep_ == "conj" and top.head != top:
        top = top.head
    if not decided_clause(top):
        return None
    return next((c for c in top.head.children if c.dep_ == "nsubj"), None)


def mandative_subjunctive_form(auxiliaries) -> bool:
    """A bare "be" (the parse's VB) among a clause's auxiliaries, and no modal, "to" or "not"."""
    return any(normalise(a.text) == "be" and a.tag_ == "VB" for a in auxiliaries) and \
        not any(a.tag_ in ("MD", "TO") or normalise(a.text) in ("to", "not") for a in auxiliaries)
