"""A news agency named where news is told to or reported by someone is the agency, whatever else
bears its name.

Party codes abroad share agencies' names: "AFP" is also a Senegalese and a Hungarian party's code,
so the resolver leaves "the spokesman told AFP" unknown among namesakes. Where the text puts the name
in a reporting frame — right after "told", "according to", "quoted by", "in an interview with",
"speaking to", or right before "reported", "quoted", "news agency" — and exactly one body of that
name reports news (`gazetteer.model.reports_news`), the name is that body. The frames are data
(`_TOLD_BEFORE`, `_REPORTS_AFTER`); a party stays a party where none of them stands beside it.
"""
from __future__ import annotations

import re
from typing import Sequence

from gazetteer.model import reports_news
from gazetteer.resolution import Resolution

_TOLD_BEFORE = re.compile(
    r"\b(?:told|according\s+to|quoted\s+by|reported\s+by|cited\s+by|interview\s+with|speaking\s+to|"
    r"spoke\s+to|talking\s+to|said\s+to|confirmed\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
_REPORTS_AFTER = frozenset({"reported", "reports", "quoted", "news", "correspondent", "reporter"})


def in_reporting_frame(q) -> bool:
    """Is the name `q` (a `NameQuery`) told news or reporting it ("told AFP", "AFP reported")?"""
    return bool(_TOLD_BEFORE.search(q.context_before or "")) or (q.word_after or "").lower() in _REPORTS_AFTER


def news_sources(gaz, queries: Sequence, answers: list) -> list:
    """`answers` with a name in a reporting frame linked to the one news body of that name."""
    if gaz is None:
        return answers
    out = list(answers)
    for i, (q, a) in enumerate(zip(queries, answers)):
        if a is None or a.entity_type not in ("ORG", "OTHER", "CITY") or not in_reporting_frame(q):
            continue
        media = [e for e in gaz.lookup_exact(q.text.strip(), types=("ORG",)) if reports_news(e)]
        if len(media) == 1 and a.entity_id != media[0].entity_id:
            e = media[0]
            out[i] = Resolution("ORG", e.entity_id, e.canonical_name, e.country_code, e.acts_for, None, 0.9,
                                "context")
    return out
