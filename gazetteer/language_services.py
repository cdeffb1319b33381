"""A demonym that names a broadcaster's language service names a language, not a state.

"VOA's Somali Service", "the BBC Persian Service", "told VOA Albanian", "VOA Mandarin": the word is
the language the service broadcasts in, for listeners of many states; no mention of Somalia, Iran or
Albania. A demonym is such a language when the word right after it is "Service", or when it comes
right after the name of a news agency or broadcaster (gazetteer.model.reports_news), with only a
space or "'s" between, and no capitalised word after it: "the Somali government", "the BBC said Somali
troops", "two American service members" and "tells VOA Russian President Vladimir Putin ..." (a title of
the person named next) keep their state.
"""
from __future__ import annotations

import re
from typing import Sequence

from gazetteer.model import reports_news

SERVICE_WORDS = frozenset({"Service"})   # capitalised: "two American service members" are American
_SPACE_OR_POSSESSIVE = re.compile(r"^(?:['\u2019]s)?\s{1,2}$")


def _right_after_a_broadcaster(i: int, queries: Sequence, results: Sequence) -> bool:
    q = queries[i]
    for j in range(i - 1, -1, -1):
        o, r = queries[j], results[j]
        if o.end_char > q.start_char:
            continue   # the longer name around it ("VOA's Somali Service" itself)
        gap = q.start_char - o.end_char
        if gap > 4 or len(q.context_before) < gap:
            return False
        between = q.context_before[len(q.context_before) - gap:]
        return bool(_SPACE_OR_POSSESSIVE.match(between)) and getattr(r, "entity", None) is not None \
            and reports_news(r.entity)
    return False


def unresolve_language_services(queries: Sequence, results: list, unresolved, allowed_types) -> None:
    """Leave unknown the demonyms that name a broadcaster's language service (see the module's doc);
    `results`: the resolver's working verdicts, with `.entity`, `.entity_type` and `.method`."""
    for i, (q, r) in enumerate(zip(queries, results)):
        if getattr(r, "entity", None) is None or r.entity_type != "NORP":
            continue
        word_after = getattr(q, "word_after", "") or ""
        if word_after in SERVICE_WORDS or (not word_after[:1].isupper()
                                           and _right_after_a_broadcaster(i, queries, results)):
            results[i] = unresolved(q, allowed_types(q))
