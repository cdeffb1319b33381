"""How many people a host's cut of another state's mission sends away, told as the staff before and after.

    cut_from_to(verb) -> int | None

"Ruritania cut the Freedonian embassy staff from 40 to 25", "reduced the staff of the Freedonian embassy from 40 to
25 diplomats": the staff before less the staff after go (15). "by 35" on the verb (triggers_parse.cut_by) tells the
number that go directly; "to 25" alone tells only what remains, and no count.
"""
from __future__ import annotations

from typing import Optional

from transforms.expulsions.headcounts import number_of
from transforms.expulsions.parse_words import normalise


_PEOPLE = frozenset({"persons", "people", "diplomats", "employees", "staff", "officials"})


def cut_from_to(verb) -> Optional[int]:
    """The difference of "from A to B" on a verb of cutting (A the staff before, B after), when A is more than B;
    the parser hangs "to B" on "from" or on the verb ("from 40 to 25"), or reads "from 40 to 25 (diplomats)" as one
    number phrase under "from" (40 and "to" as modifiers of 25), only of people ("from 40 to 25 dollars" is
    no headcount)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or normalise(prep.text) != "from":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if obj.pos_ == "NUM":
                span = _range(obj)
                if span is not None:   # "from 60 to 20"
                    return _gone(*span)
                after = _to_number(list(prep.children) + list(verb.children) + list(obj.children), prep)
                return _gone(number_of(obj), after)   # "from 40 to 25"
            if normalise(obj.text) not in _PEOPLE:
                continue   # not "from 40 to 25 dollars"
            for num in obj.children:   # "from 40 to 25 diplomats"
                if num.dep_ == "nummod" and num.pos_ == "NUM" and _range(num) is not None:
                    return _gone(*_range(num))
    return None


def _range(num) -> Optional[tuple]:
    """(A, B) of "A to B" the parser built as one number phrase: B with A and "to" as its modifiers."""
    first = next((q for q in num.children if q.dep_ == "quantmod" and q.pos_ == "NUM" and q.i < num.i), None)
    to = next((q for q in num.children if q.dep_ == "quantmod" and normalise(q.text) == "to"), None)
    if first is None or to is None or not first.i < to.i < num.i:
        return None
    return number_of(first), number_of(num)


def _to_number(candidates, after) -> Optional[int]:
    """The number object of a "to" after token `after` among `candidates`."""
    for c in candidates:
        if c.dep_ == "prep" and normalise(c.text) == "to" and c.i > after.i:
            for o in c.children:
                if o.dep_ == "pobj" and o.pos_ == "NUM":
                    return number_of(o)
    return None


def _gone(before: Optional[int], after: Optional[int]) -> Optional[int]:
    if before is None or after is None or before <= after:
        return None
    return before - after
