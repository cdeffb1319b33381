"""Lists of expulsions in one sentence (step 8): "Poland has deported 45 Russian diplomats,
Germany 40, ... and Luxembourg one"."""
from __future__ import annotations

from transforms.expulsions.counts import number_starting_at
from transforms.expulsions.mentions import state_of
from transforms.expulsions.tokens import MentionSpan, Unit


def split_elliptical_list(unit: Unit, after: int) -> list[tuple[MentionSpan, int]]:
    """(state mention, count) for each "<State> <number>" item that follows token `after`."""
    tokens = unit.tokens
    n = len(tokens)
    items = []
    s = after
    while s < n:
        if tokens[s].norm == ",":
            s += 1
            if s < n and tokens[s].norm == "and":
                s += 1
        elif tokens[s].norm == "and":
            s += 1
        else:
            break
        span = unit.span_at.get(s) or (unit.span_at.get(s + 1) if s < n and tokens[s].norm == "the" else None)
        if span is None or span.i < s - 1 or state_of(span.mention)[0] is None or not state_of(span.mention)[1]:
            break
        num = number_starting_at(tokens, span.j, n)
        if num is None:
            break
        value, end = num
        if end < n and tokens[end].norm not in (",", "and", ".", ";", "each", "respectively"):
            break
        items.append((span, value))
        s = end
    return items
