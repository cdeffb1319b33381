"""A state's ministry written in lower case is still its name: "the foreign ministry said".

Newswires write a ministry's name in lower case as often as capitalised ("the foreign ministry
said", "a Soviet foreign ministry official", "Mexico's foreign ministry"). The gazetteer's names
match in any case only when some word is capitalised, so that "the rule of law" is no party
"Rule of Law"; a ministry's name is the exception when it stands where a name of a state's body
does: after "the", a possessive, or a capitalised word (a state's or its people's name), and when
its last word is "ministry".
"""
from __future__ import annotations

from spacy.tokens import Doc

BODY_HEADS = frozenset({"ministry"})
_POSSESSIVES = frozenset({"'s", "\u2019s"})


def lower_case_body(doc: Doc, start: int, end: int) -> bool:
    """Is the lower-case phrase at tokens [start, end) a state's ministry named where a body's name
    stands ("the foreign ministry", "Soviet foreign ministry")?"""
    if end - start < 2 or doc[end - 1].lower_ not in BODY_HEADS or start == 0:
        return False
    before = doc[start - 1]
    if before.is_space and start > 1:
        before = doc[start - 2]
    return before.lower_ == "the" or before.text in _POSSESSIVES or (before.is_alpha and before.text[:1].isupper())
