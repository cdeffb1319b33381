"""A body that is not a state's government as the one who expels: a body of society ("the Ruritanian football
federation declared the Freedonian coach persona non grata") or of a town or region ("the Strelsau city council
declared the Freedonian ambassador persona non grata"), or a state's judiciary ("Ruritania's judiciary said it
considered the Freedonian ambassador persona non grata": a judgement, not the government's declaration). What it
declares is its own word, no state's expulsion (grammar._add_readings: another sense, which the window rules may not
read as the state's either).

    society_body(tok, states) -> bool
    judicial_body(tok, states) -> bool

The words are data (patterns/grammar.json society_bodies, local_body_words, judicial_bodies). A phrase that is a
state's name ("the Russian Federation") or a state's own government ("the State Council", "the Council of Ministers") is none.
"""
from __future__ import annotations

from transforms.expulsions.parse_words import PATTERNS, normalise

SOCIETY_BODIES = frozenset(PATTERNS["society_bodies"])
LOCAL_WORDS = frozenset(PATTERNS["local_body_words"])
JUDICIAL_BODIES = frozenset(PATTERNS["judicial_bodies"])


def society_body(tok, states) -> bool:
    """Is `tok` (the head of the one who expels) a body of society (its head one of society_bodies), or a body of
    a town or region (a word of local_body_words before its head: "city council", "the municipal assembly",
    "the regional government"), and no state's name?"""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    hit = states.at(tok)
    if hit is not None and hit[1] == "state":
        return False   # "the Russian Federation"
    if normalise(tok.text) in SOCIETY_BODIES or tok.lemma_.lower() in SOCIETY_BODIES:
        return True
    return any(c.dep_ in ("compound", "amod") and normalise(c.text) in LOCAL_WORDS for c in tok.children if c.i < tok.i)


def judicial_body(tok, states) -> bool:
    """Is `tok` (the head of the one who expels or declares) a court, a judge or a prosecutor (judicial_bodies:
    "Ruritania's judiciary", "a Strelsau court"), and no state's name?"""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    hit = states.at(tok)
    if hit is not None and hit[1] == "state":
        return False
    return normalise(tok.text) in JUDICIAL_BODIES or tok.lemma_.lower() in JUDICIAL_BODIES
