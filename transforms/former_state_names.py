"""A place named as a state's former name right after the state is that state: "Ghana (then known as the Gold Coast)".

Histories name a state once with the name it bore before ("Ghana (then known as the Gold Coast)", "Sri Lanka,
formerly Ceylon", "Burkina Faso (previously called Upper Volta)"). The gazetteer may hold the old name only as
a town's elsewhere (Gold Coast, Queensland), and the resolver links the town. A name right after a state's
name, joined to it by "then known as", "formerly (known as / called)", "previously known as" or "once known
as" in brackets or after a comma, is taken for that state when the resolver made it no state: a town, a place,
a body or no one. A name the resolver made a state keeps its link ("Zimbabwe (formerly Rhodesia)": Rhodesia
is a state of its own). The same name later in the story, linked as it was, goes with it.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

_AS = r"(?:known\s+as|called|named)"
_FORMERLY = re.compile(r"\s*[(,]\s*(?:(?:which\s+was\s+)?then\s+" + _AS + r"|formerly(?:\s+" + _AS + r")?"
                       r"|previously\s+" + _AS + r"|once\s+" + _AS + r")\s+(?:the\s+)?", re.IGNORECASE)
_KEPT = frozenset({"COUNTRY"})   # a state's own name is no other spelling of this one


def former_state_names(queries: Sequence, answers: list, text: Optional[str]) -> list:
    """`answers` with each name given as a state's former name right after it resolved to the state (module)."""
    if not text:
        return answers
    out = list(answers)
    order = sorted(range(len(queries)), key=lambda k: queries[k].start_char)
    for at, i in enumerate(order[:-1]):
        j = order[at + 1]
        state, old = out[i], out[j]
        if state is None or state.entity_type != "COUNTRY" or not state.entity_id \
                or (old is not None and old.entity_type in _KEPT):
            continue
        if not _FORMERLY.fullmatch(text[queries[i].end_char:queries[j].start_char]):
            continue
        name, was = queries[j].text, old
        for k in order[at + 1:]:
            if queries[k].text == name and out[k] == was:
                out[k] = state._replace(method="context", score=min(state.score, 0.9))
    return out
