"""A subject that counts the states the sentence before names: "Iraq expelled the military attaches of the
United States, Britain and France. The three governments expelled Iraqi military attaches in return." Each of
those states acts: one reading each, with the count unknown (a count told over all of them is a sum).

    split_counted_states(reading, sentence, states_before) -> list[Reading]
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from transforms.expulsions.counts import number_value
from transforms.expulsions.lexicon import STATE_PLURALS
from transforms.expulsions.parse_words import Reading, normalise

_COUNTED = re.compile(r"\bthe\s+([\w-]+)\s+(\w+)\b", re.I)


def _counted(sentence: str, noun: str) -> Optional[int]:
    """N of "the N <noun>" in `sentence` ("the three governments"), else None."""
    for m in _COUNTED.finditer(sentence):
        if normalise(m.group(2)) == noun:
            value = number_value([normalise(m.group(1))])
            return value if value and value > 1 else None
    return None


def split_counted_states(r: Reading, sentence: str, states_before: Sequence[str]) -> list[Reading]:
    """`r` as one reading per state when its subject is "the N governments" (countries, states, nations) and
    the sentence before names exactly N states besides the people's own; else [r]."""
    noun = normalise(r.actor_text or "")
    if not (r.aggregate and r.actor is None and r.count is None and noun in STATE_PLURALS and r.expelled
            and not r.expelled.startswith("@")):
        return [r]
    n = _counted(sentence, noun)
    named = list(dict.fromkeys(s for s in states_before if s and s != r.expelled))
    if n is None or len(named) != n:
        return [r]
    return [r._replace(actor=state, aggregate=False) for state in named]
