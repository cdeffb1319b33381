"""'States' alone is rarely the United States: "14 EU Member States", "the States parties to the treaty",
"three States" are states in general. The word is the United States (the sources' alias "the States")
only as "the States", not followed by "parties", in an article that names the United States otherwise
("Americans working in the States"). This module only vetoes.
"""
from __future__ import annotations

import re
from typing import Sequence

from gazetteer.model import normalise

_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NOT_THE_COUNTRY_AFTER = {"parties", "party", "concerned", "members"}   # "the States parties", "the States concerned"


def bare_states(text: str) -> bool:
    """Is the name the word 'States' alone ("States", "the States")?"""
    return normalise(text) in ("states", "the states")


def the_country(q, named_otherwise: bool) -> bool:
    """Is this bare 'States' the United States: 'the States', not 'the States parties', in an article that
    names the state otherwise?"""
    written_the = q.text.strip().lower().startswith("the ") or bool(_THE_BEFORE.search(q.context_before or ""))
    return named_otherwise and written_the and (q.word_after or "").lower() not in _NOT_THE_COUNTRY_AFTER


def unresolve_bare_states(queries: Sequence, results: list, unresolved, allowed_types) -> None:
    """Leave unknown the bare 'States' linked to a country unless `the_country` (`results`: the resolver's
    working verdicts, with `.entity` and `.entity_type`)."""
    bare = [i for i, (q, r) in enumerate(zip(queries, results)) if getattr(r, "entity", None) is not None
            and r.entity_type == "COUNTRY" and bare_states(q.text)]
    if not bare:
        return
    named = {r.entity.country_code for i, r in enumerate(results)
             if i not in bare and getattr(r, "entity", None) is not None}
    for i in bare:
        if not the_country(queries[i], results[i].entity.country_code in named):
            results[i] = unresolved(queries[i], allowed_types(queries[i]))
