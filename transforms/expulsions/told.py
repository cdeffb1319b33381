"""Clauses a sentence tells as done whatever governs them (modality.py): a clause a question or a verb of
knowing takes as known ("Is the Minister aware that Ruritania expelled ...?"), a clause in the past telling
when or why ("after Ottawa expelled a diplomat"), and the clauses that open a question instead ("whether",
"how many ... have been expelled")."""
from __future__ import annotations

from transforms.expulsions.parse_words import FACTIVE, lemma, normalise

CONDITION_MARKS = {"if", "unless", "whether", "lest"}
_TIME_MARKS = {"after", "since", "because", "following", "when"}


def presupposed(tok) -> bool:
    """Is the trigger verb `tok` in a clause that a question above it takes as done: a clause in the past
    telling when or why ("Will he act now that Ruritania expelled two of ours?", "Does he recall that, when
    we expelled 40 of theirs, ...?") or the 'that' clause of a verb of knowing ("Is the Minister aware that
    Ruritania expelled ...?")? Questions put in a debate take the expulsions they ask about as known."""
    h = tok
    for _ in range(6):
        when = h.dep_ == "advcl" and h.tag_ in ("VBD", "VBN") and \
            any(c.dep_ == "advmod" and normalise(c.text) == "when" for c in h.children)   # "when X expelled"
        if past_time_clause(h) or when or (h.dep_ == "ccomp" and lemma(h.head) in FACTIVE and not opens_question(h)
                                            and h.tag_ in ("VBD", "VBN")):
            return True
        if h.head == h or h.dep_ == "ROOT":
            return False
        h = h.head
    return False


def past_time_clause(h) -> bool:
    """Is `h` the verb of a clause in the past that tells when or why ("after Ottawa expelled a diplomat",
    "since Moscow expelled ..."), which its governor's demand or doubt does not reach?"""
    if h.tag_ not in ("VBD", "VBN"):
        return False
    if h.dep_ == "advcl" and any(c.dep_ == "mark" and normalise(c.text) in _TIME_MARKS for c in h.children):
        return True
    return h.dep_ == "pcomp" and normalise(h.head.text) in _TIME_MARKS


def wh_subject(node) -> bool:
    """"how many diplomats have been expelled": a question about the subject (not a relative "who")."""
    if node.dep_ in ("relcl", "acl"):
        return False
    for c in node.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            first = next(iter(c.subtree))
            if first.tag_ in ("WRB", "WDT", "WP") and normalise(first.text) in ("how", "which", "what") and first != c:
                return True
    return False


def opens_question(node) -> bool:
    """A clause opened by "if", "unless", "whether" or a wh-word ("how many ... have been expelled")."""
    if any(c.dep_ == "mark" and normalise(c.text) in CONDITION_MARKS for c in node.children):
        return True
    if node.dep_ != "ccomp":
        return False
    first = next(iter(node.subtree))
    return first.tag_ in ("WRB", "WP", "WDT") and first.i < node.i and normalise(first.text) not in ("when", "that")
