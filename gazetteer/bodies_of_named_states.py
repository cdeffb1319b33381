"""A state's body named with a short name of the state the body's own names do not use.

Translated broadcasts and official texts write "the USSR Foreign Ministry", "the GDR Foreign
Ministry", "the Foreign Ministry of the USSR", "the UK Government": the gazetteer calls the bodies
by the states' names and demonyms ("Soviet Foreign Ministry", "Ministry of Foreign Affairs of the
Soviet Union"), so the name as written is no alias of theirs. When the words before the body's
generic name (or after its "of") are exactly one state's name, code or demonym, and that state has
a body called so (`home_bodies.body_of_state`), the name is that body; anything else stays as it was.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from gazetteer.home_bodies import body_of_state, generic_name
from gazetteer.model import Entity

_OF = re.compile(r"^(?P<body>.+?)\s+of\s+(?:the\s+)?(?P<state>.+)$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['\u2019]s?$")
MAX_STATE_WORDS = 3


def _state_code(gaz, words: str) -> Optional[str]:
    words = _POSSESSIVE.sub("", words.strip())
    if not words:
        return None
    country = gaz.lookup_demonym(words)
    if country is not None:
        return country.country_code
    found = {e.country_code for e in gaz.lookup_exact(words, types=("COUNTRY",))}
    return found.pop() if len(found) == 1 else None


def body_named_with_its_state(gaz, text: str) -> Optional[Entity]:
    """The body `text` names as '<state> <body>' or '<body> of <state>', by the rule above."""
    words = generic_name(text).split()
    for k in range(1, min(MAX_STATE_WORDS, len(words) - 1) + 1):
        code = _state_code(gaz, " ".join(words[:k]))
        if code is not None:
            return body_of_state(gaz, " ".join(words[k:]), code)
    m = _OF.match(generic_name(text))
    if m is not None:
        code = _state_code(gaz, m.group("state"))
        if code is not None:
            return body_of_state(gaz, m.group("body"), code)
    return None


def bodies_of_named_states(gaz, queries: Sequence, results: list, allowed, verdict) -> None:
    """Replace, in `results`, each unresolved name of an organisation that is such a body
    (`allowed(q)`: the entity types the name may have; `verdict(entity)`: the resolver's answer)."""
    for i, (q, r) in enumerate(zip(queries, results)):
        if r is None or r.entity is not None or "ORG" not in allowed(q) or len(q.text.split()) < 2:
            continue
        body = body_named_with_its_state(gaz, q.text)
        if body is not None:
            results[i] = verdict(body)
