"""A member's constituency, as a parliament's record names it, is a place, never a person.

"Mr. George Robertson (Hamilton)", "Sir Geoffrey Howe (Surrey, East)", "the hon. Member for Cotswold
(Mr. Clifton-Brown)": a Westminster-style record names its members with their seats, in brackets after
the name or after "Member for". The model often reads a one-word seat as a person, and the resolver then
found a namesake ("Hamilton" became the minister Archie Hamilton, "Cotswold" a person of that name): a
confident wrong link. A seat is the town it is named after: the debate's state's one town of that name
where the debate's state is known and the gazetteer holds exactly one (as `home_towns` links a town), else
an unknown place.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from gazetteer.resolution import Resolution

# a member named with an honorific, then an opening bracket: "Mr. George Robertson (", "Sir Geoffrey Howe ("
_MEMBER_BEFORE_BRACKET = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Sir|Dame|Dr)\.?(?:\s+[A-Z][\w'’.-]*){1,4}\s*\(\s*$")
# "the hon. Member for", "the right hon. Member for", "Member of Parliament for"
_MEMBER_FOR = re.compile(r"\bMember (?:of Parliament )?for\s*$")
# what may close a seat in brackets: the bracket, or a comma before the seat's part ("(Leeds, East)")
_SEAT_END = re.compile(r"\s*(?:\)|,)")


def is_seat(text: str, start: int, end: int) -> bool:
    """Is the name at text[start:end] a member's seat: in brackets right after a member's name with an
    honorific, or right after "Member for"?"""
    before = text[max(0, start - 80):start]
    if _MEMBER_FOR.search(before):
        return True
    return bool(_MEMBER_BEFORE_BRACKET.search(before)) and bool(_SEAT_END.match(text, end))


def constituency_places(gaz, home: Optional[str], text: Optional[str], queries: Sequence, answers: list) -> list:
    """`answers` with every seat the resolver took for a person made a place: the town of the debate's
    state `home` of that name where the gazetteer holds exactly one, else an unknown place."""
    if not text:
        return answers
    out = list(answers)
    for i, (q, a) in enumerate(zip(queries, answers)):
        if a is None or a.entity_type != "PERSON" or not is_seat(text, q.start_char, q.end_char):
            continue
        towns = [] if gaz is None or not home else \
            [e for e in gaz.lookup_exact(q.text, types=("CITY",)) if e.country_code == home]
        if len(towns) == 1:
            e = towns[0]
            out[i] = Resolution("CITY", e.entity_id, e.canonical_name, e.country_code, e.acts_for, None, 0.85, "context")
        else:
            out[i] = Resolution("CITY", None, q.text.strip(), None, method="nil")
    return out
