"""Members of a parliament: "a member of the British House of Lords", "two members of the Freedonian parliament",
"members of the Duma" are legislators, not members of a mission, whatever state their house is. Declared persona
non grata or expelled, they are no diplomatic expulsion (grammar.py: other sense). The houses are
patterns/grammar.json legislature_words."""
from __future__ import annotations

from transforms.expulsions.parse_words import LEGISLATURES, _prep_objects, normalise

_MEMBER_WORDS = frozenset({"member", "members", "deputy", "deputies"})


def member_of_legislature(tok) -> bool:
    """Is `tok` "member(s)" or "deputy/deputies" of a house of parliament (its "of" or "from" object, or that
    object's own "of": "the House of Lords")?"""
    if normalise(tok.text) not in _MEMBER_WORDS:
        return False
    for _, house in _prep_objects(tok, "of", "from"):
        words = {normalise(house.text)} | {normalise(o.text) for _, o in _prep_objects(house, "of")}
        if words & LEGISLATURES:
            return True
    return False


def members_of_a_house(tokens, p: int) -> bool:
    """The token form of `member_of_legislature` (for the window rules, targets.py): token p is a member word
    right before "of" / "from" and a house of parliament follows within five words, before any punctuation
    ("a member of the British House of Lords", "deputies from France's National Assembly")."""
    n = len(tokens)
    if tokens[p].norm not in _MEMBER_WORDS or p + 1 >= n or tokens[p + 1].norm not in ("of", "from"):
        return False
    for q in range(p + 2, min(p + 7, n)):
        if tokens[q].norm in LEGISLATURES:
            return True
        if tokens[q].norm in (",", ";", ".", "–", "-", "—"):
            return False
    return False
