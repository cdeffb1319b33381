"""A body's sentence the parser read as a noun phrase: "The French presidency announced on Tuesday the expulsion of
12 Algerian diplomats" came out with "presidency" as the sentence's root and "announced" as a participle on it (a
reduced relative, "the presidency [that was] announced"), the expulsion an apposition of the root or the participle's
object.

    misread_doer(noun, states) -> token | None

A verb of doing or deciding (patterns/grammar.json noun_doers) right after a state's body ("the presidency", "the
Ruritanian cabinet": a head of government_heads or executive_offices, in a phrase that stands for a state,
phrase_states.state_of_phrase; never "a Ruritanian newspaper") with no agent of its own ("by
...") says what that body did: the body is the doer of the expulsion the verb takes. A true reduced relative names
what is done ("the expulsion announced by Ruritania", "a decision announced on Tuesday"), never a state's body as
its head.
"""
from __future__ import annotations

from transforms.expulsions.parse_words import GOVERNMENT_HEADS, NOUN_DOERS, PATTERNS, lemma, normalise
from transforms.expulsions.phrase_states import state_of_phrase

_BODIES = GOVERNMENT_HEADS | frozenset(PATTERNS["executive_offices"])   # "the presidency", "the cabinet"


def misread_doer(noun, states):
    """The state's body that a participle of doing, read as a reduced relative on it, makes the doer of `noun` (an
    expulsion noun that is the participle's object or the body's apposition); else None."""
    body = noun.sent.root
    if body.pos_ != "NOUN" or normalise(body.text) not in _BODIES or body.i >= noun.i:
        return None
    verb = next((c for c in body.children if c.dep_ == "acl" and c.i == body.i + 1 and c.tag_ in ("VBN", "VBD")
                 and lemma(c) in NOUN_DOERS), None)
    if verb is None or any(c.dep_ == "agent" for c in verb.children):
        return None
    if not ((noun.dep_ == "dobj" and noun.head == verb) or (noun.dep_ == "appos" and noun.head == body)):
        return None
    return body if state_of_phrase(body, states) is not None else None
