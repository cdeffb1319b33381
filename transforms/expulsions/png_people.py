"""Whom a state declares persona non grata, as a common noun says it: "declared two Freedonian diplomats (officials,
attaches, staff, nationals, individuals) persona non grata" is of diplomats told by post or as mere people; "declared
a Freedonian historian persona non grata" names a role outside diplomacy, and is no diplomatic expulsion (read by
expelled_people._diplomats_or_not for the trigger kind "png").

    role_outside_diplomacy(base, states) -> bool

A name, a pronoun, a nationality ("two Russians") or a number is left to the rest of the reading; a common noun is
of diplomats when it is a diplomatic or personnel word (patterns/grammar.json personnel_heads, weak_personnel_heads,
staff_heads, mission_service), a word of plain people (png_plain_people), or has a mission in its phrase ("two
drivers of the embassy").
"""
from __future__ import annotations

from transforms.expulsions.parse_words import MISSION_SERVICE, PATTERNS, PERSONNEL, STAFF, WEAK_PERSONNEL, States, \
    normalise
from transforms.expulsions.people import _mission, diplomatic

_PLAIN = frozenset(PATTERNS["png_plain_people"])
_OF_DIPLOMACY = PERSONNEL | WEAK_PERSONNEL | STAFF | MISSION_SERVICE | _PLAIN


def role_outside_diplomacy(base, states: States) -> bool:
    """Is `base`, the head of the people declared persona non grata, a lower-case common noun of a person's role
    that no diplomatic post, staff word or word of plain people is, with no mission in its phrase and no nationality
    of its own ("a Russian historian", "two Freedonian researchers")?"""
    if base is None or base.pos_ != "NOUN" or not base.text[:1].islower():
        return False
    word = normalise(base.text)
    forms = {word, word.rstrip("s"), word.removesuffix("es")}   # "attaches", "secretaries", "women": singulars
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if word.endswith("men"):
        forms.add(word[:-3] + "man")
    if forms & _OF_DIPLOMACY or states.at(base) is not None:
        return False
    if diplomatic(base, states) or any(_mission(t) for t in base.subtree):
        return False
    return True
