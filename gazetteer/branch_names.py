"""A name that says whose body it is names no namesake the gazetteer qualifies with another state.

Party Facts lists the Communist Party of the Soviet Union once per republic it ruled, and the gazetteer
keeps it as "Communist Party of the Soviet Union (Estonia)", Estonia's, with "Communist Party of the
Soviet Union" among its names: "split from the Communist Party of the Soviet Union" linked to an Estonian
body. The name as written says whose it is: the Soviet Union's. So when a body found by its exact name or
an alias carries a qualifier of its state in brackets ("(Estonia)") and the name as written names one
other state (`national.country_named_in`: "Soviet Union"; not that state's predecessor or successor), the
link is dropped: the name stays unknown, in the state it names. Names that name no state ("People's
Party") and bodies whose own name carries no bracket ("Kuomintang", "Korean Central News Agency") are
untouched.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional, Sequence

from gazetteer.history import one_state
from gazetteer.model import Entity
from gazetteer.national import country_named_in

_BRACKET = re.compile(r"\(([^)]*)\)\s*$")
_BY_NAME = ("exact", "alias")


def bracketed_state(gaz, e: Entity) -> Optional[str]:
    """The state the bracket closing `e`'s canonical name names ("(Estonia)" -> EE), or None."""
    found = _BRACKET.search(e.canonical_name or "")
    return country_named_in(gaz, found.group(1)) if found else None


def named_for_another_state(gaz, text: str, e: Entity) -> Optional[str]:
    """The state `text` names, when `e` is a body its bracket gives to another state, else None."""
    if e is None or e.entity_type != "ORG" or not e.country_code:
        return None
    own = bracketed_state(gaz, e)
    if own is None or not one_state(own, e.country_code):
        return None
    named = country_named_in(gaz, text)
    if named is None or one_state(named, e.country_code) or named == e.acts_for:
        return None
    return named


def unresolve_branches_named_for_another_state(gaz, queries: Sequence, results: list, unresolved,
                                                allowed_types) -> None:
    """Leave unknown, in the state they name, the names found as another state's bracketed namesake
    (`results`: the resolver's working verdicts; `unresolved(query, types)` makes an abstention)."""
    for i, (q, r) in enumerate(zip(queries, results)):
        if r is None or getattr(r, "method", None) not in _BY_NAME:
            continue
        named = named_for_another_state(gaz, q.text, getattr(r, "entity", None))
        if named is not None:
            results[i] = replace(unresolved(q, allowed_types(q)), country_code=named)
