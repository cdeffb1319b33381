"""A name in brackets right after a known person's full name is another name of that person.

News writes a leader's full name once with the name the country calls him by in brackets: "President
Abdurrahman Wahid (Gus Dur)", "Susilo Bambang Yudhoyono (SBY)". The bracketed name is no one the
gazetteer knows, and alone it would stay an unknown person; `bracketed_nicknames` gives it, and the same
name later in the article, the entity of the full name before the brackets. Only a person's name the
resolver left unknown is taken so, and only where the brackets hold nothing else: a party, a state or a
town in brackets ("Mr. Smith (Labour)", "(R-Texas)", "(Manchester)") is not a person's name.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

_OPEN = re.compile(r"\s*\(\s*")
_CLOSE = re.compile(r"^\s*\)")


def _bracketed_after(queries: Sequence, text: str) -> list:
    """(index of a name, index of the name in brackets right after it) for each "Full Name (Other Name)"."""
    by_start = {q.start_char: j for j, q in enumerate(queries)}
    found = []
    for i, q in enumerate(queries):
        gap = _OPEN.match(text[q.end_char:q.end_char + 4])
        j = by_start.get(q.end_char + gap.end()) if gap else None
        if j is not None and j != i and _CLOSE.match(text[queries[j].end_char:]):
            found.append((i, j))
    return found


def bracketed_nicknames(queries: Sequence, answers: list, text: Optional[str]) -> list:
    """`answers` with an unknown person's name in brackets after a known person's name, and its later
    mentions, resolved to that person (see the module)."""
    if not text:
        return answers
    out = list(answers)
    for i, j in _bracketed_after(queries, text):
        full, short = out[i], out[j]
        if full is None or short is None or full.entity_type != "PERSON" or not full.entity_id \
                or short.entity_type != "PERSON" or short.entity_id:
            continue
        name = queries[j].text
        for k in range(j, len(queries)):
            later = out[k]
            if queries[k].text == name and later is not None and later.entity_type == "PERSON" and not later.entity_id:
                out[k] = full._replace(method="coref", score=min(full.score, 0.9))
    return out
