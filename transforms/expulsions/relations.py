"""The pairs of states an article says are in relations with each other, as it says it.

    relation_pairs(text, mentions, names, home) -> [(state, state), ...]

"Britain's relations with Uganda", "our relations with Uganda" (the article's first person is the
state it speaks for: `home`), "relations between Moscow and Prague", "Anglo-Libyan relations",
"Soviet-American relations" ("ties" as well: "Britain is severing ties with Uganda"), and "relations with
Uganda" in a sentence that names one other state before it ("Britain broke off diplomatic relations with Uganda") or, naming none, in an article that
speaks for a state. These are the story's two sides when no expulsion the article tells in full
pairs them: "Two members of our High Commission have been expelled" in a statement on our relations
with Uganda was Uganda's doing (story.py completes a one-sided reading from them). A phrase whose
sides stay unknown, or name one state twice, gives no pair.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from transforms.expulsions.parse_words import normalise

_RELATIONS = re.compile(r"\b(?:relations|ties)\b", re.I)   # "diplomatic ties with", "severing ties with"
# "relations with X" / "relations between X and Y" (an article may come between)
_WITH = re.compile(r"\s+(?:with|between)\s+(?:the\s+)?", re.I)
_AND = re.compile(r"\s+and\s+(?:the\s+)?", re.I)
# what may stand between the owner and "relations": "Britain's diplomatic relations", "our trade relations"
_OWNER = re.compile(r"(?:^|\s)(?:(our)|([\w.'-]+?)(?:'s|\u2019s)?)\s+(?:[a-z]+\s+){0,2}$", re.I)
_PREFIXES = {"anglo": "GB", "franco": "FR", "sino": "CN", "russo": "RU", "indo": "IN", "italo": "IT",
             "hispano": "ES", "germano": "DE", "turco": "TR", "greco": "GR", "polono": "PL", "nippo": "JP",
             "austro": "AT", "irano": "IR", "americano": "US"}
# the combining forms of "Anglo-Libyan", "Sino-Soviet", "Franco-German" relations
_PAIR_WORD = re.compile(r"([A-Z][a-z]+)-([A-Z][a-z]+)\s+(?:[a-z]+\s+){0,2}$")


def relation_pairs(text: str, mentions: Sequence[tuple[int, int, str, str]], names: dict,
                   home: Optional[str]) -> list[tuple[str, str]]:
    """(owner, partner) of every phrase of relations whose two sides the article names. `mentions`
    are mentions.mention_tuples; `names` nationality words -> code; `home` the state "our" stands for."""
    states = sorted((a, b, code) for a, b, code, kind in mentions if kind in ("state", "capital", "norp"))
    out = []
    for m in _RELATIONS.finditer(text):
        before = text[max(0, m.start() - 60):m.start()]
        owner = _owner(before, m.start(), states, names, home)
        partners = _partners(text, m.end(), states)
        if isinstance(owner, tuple):   # "Anglo-Libyan relations": both sides before the word
            pair = owner
        elif len(partners) == 2:
            pair = tuple(partners)
        elif len(partners) == 1:
            owner = owner or _sentence_subject(text, m.start(), states) or home
            pair = (owner, partners[0])
        else:
            continue
        if pair[0] and pair[1] and pair[0] != pair[1]:
            out.append(pair)
    return out


def _state_at(states, at: int) -> Optional[tuple[int, str]]:
    """(end, code) of the state mention starting at char `at`."""
    return next(((b, code) for a, b, code in states if a == at), None)


def _partners(text: str, at: int, states) -> list[str]:
    w = _WITH.match(text, at)
    if w is None:
        return []
    first = _state_at(states, w.end())
    if first is None:
        return []
    conj = _AND.match(text, first[0])
    second = _state_at(states, conj.end()) if conj and text[at:w.end()].strip().lower().startswith("between") else None
    return [first[1], second[1]] if second else [first[1]]


def _owner(before: str, at: int, states, names: dict, home: Optional[str]):
    """The state the words just before "relations" name: a possessive or nationality ("Britain's",
    "British", "our"), or a (state, state) pair from a hyphened pair of nationalities."""
    pair = _PAIR_WORD.search(before)
    if pair:
        sides = tuple(_PREFIXES.get(w.lower()) or names.get(normalise(w)) for w in pair.groups())
        return sides if all(sides) else None
    m = _OWNER.search(before)
    if m is None:
        return None
    if m.group(1):
        return home
    start = at - len(before) + m.start(2)
    found = next((code for a, b, code in states if a <= start < b), None)
    return found or names.get(normalise(m.group(2)))


def _sentence_subject(text: str, at: int, states) -> Optional[str]:
    """The one state a sentence names before its "relations with" ("Britain broke off relations with")."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    found = {code for a, b, code in states if start <= a < at}
    return found.pop() if len(found) == 1 else None
