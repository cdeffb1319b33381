"""A person named right after a state's name and a social title is that state's delegate.

The record of a UN meeting lists its members as "Guinea Mr. Fall Ireland Mr. Ryan": a bare surname there
names the delegate of the state before it, and the resolver, counting the states the record names, linked
"Mr. Fall" to a British diplomat and "Mr. Ryan" to an American official: confident wrong links. A person of
another state is no such delegate: unknown. (transforms/listed_delegates.py cuts the state's name off a
delegate's name the model ran it into.)
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from gazetteer.resolution import Resolution

_STATE_THEN_TITLE = re.compile(r"\s+(?:(?:Mr|Mrs|Ms|Miss|Sir|Dame|Dr)\.?\s+)?")
_TITLE_FIRST = re.compile(r"(?:Mr|Mrs|Ms|Miss|Sir|Dame|Dr)\.?\s")
_ONE_STATE = {"SU": "RU"}   # the Soviet Union's seat is Russia's: one delegation


def delegates_of_their_states(text: Optional[str], queries: Sequence, answers: list) -> list:
    """`answers` with each person named right after a state's name and a social title ("Guinea Mr. Fall",
    "Ireland Mr. Ryan": that state's delegate) whom the resolver linked to a person of another state made
    unknown: the Guinean delegate is no British diplomat called Fall, the Irish one no American Ryan."""
    if not text:
        return answers
    out = list(answers)
    for i, (q, a) in enumerate(zip(queries, answers)):
        if a is None or a.entity_type != "PERSON" or not a.entity_id or not a.country_code:
            continue
        state = _state_right_before(text, q, queries, answers)
        if state and _ONE_STATE.get(state, state) != _ONE_STATE.get(a.country_code, a.country_code):
            out[i] = Resolution("PERSON", None, q.text.strip(), method="nil")
    return out


def _state_right_before(text: str, q, queries: Sequence, answers: Sequence) -> Optional[str]:
    """The state whose name ends right before the name `q`, a social title between them or opening `q`."""
    for p, b in zip(queries, answers):
        if b is None or b.entity_type != "COUNTRY" or not b.country_code or p.end_char > q.start_char:
            continue
        between = text[p.end_char:q.start_char]
        if _STATE_THEN_TITLE.fullmatch(between) and (between.strip() or _TITLE_FIRST.match(q.text)):
            return b.country_code
    return None
