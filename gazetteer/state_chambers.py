"""A chamber named after the word "state" is a state's chamber, never a nation's: "the state Senate", "State
Senate leaders", "the state House voted 110-90" in a story from Columbus or Trenton are the chambers of Ohio's
or New Jersey's legislature, not the United States Senate or House that the sources know by the bare word.

The word "state" right before the chamber's name (in the name or just before it) says the chamber belongs to one
of a federation's states; the sources hold no such chamber, so the name is unknown rather than the nation's
chamber. "The Senate", "Senate leaders", "the United States Senate" and "the State Duma" (no chamber word of a
state's legislature) keep their links. This module only vetoes.
"""
from __future__ import annotations

import re
from typing import Sequence

from gazetteer.model import normalise

# the bare names of the chambers of a state's legislature, as American and Australian news write them
CHAMBER_NAMES = frozenset({"senate", "house", "assembly", "legislature", "house of representatives",
                           "house of delegates", "general assembly", "legislative assembly", "legislative council"})
_STATE_BEFORE = re.compile(r"\bstate\s*$", re.IGNORECASE)
_STATE_IN_NAME = re.compile(r"^(?:the\s+)?state\s+", re.IGNORECASE)


def a_states_chamber(text: str, context_before: str) -> bool:
    """Is the name a chamber's bare name with the word "state" right before it, in the name or before it?"""
    named = _STATE_IN_NAME.sub("", text.strip())
    if normalise(named) not in CHAMBER_NAMES:
        return False
    return named != text.strip() or bool(_STATE_BEFORE.search(context_before or ""))


def unresolve_state_chambers(queries: Sequence, results: list, unresolved, allowed_types) -> None:
    """Leave unknown a body linked by a chamber's bare name that `a_states_chamber` says is a state's
    (`results`: the resolver's working verdicts, with `.entity` and `.entity_type`)."""
    for i, (q, r) in enumerate(zip(queries, results)):
        if getattr(r, "entity", None) is not None and r.entity_type == "ORG" and a_states_chamber(q.text, q.context_before):
            results[i] = unresolved(q, allowed_types(q))
