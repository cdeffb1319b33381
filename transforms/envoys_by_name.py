"""A person the sources know only as an ambassador is that person only where the text speaks of a post.

Lists of ambassadors hold thousands of ordinary names ("Alexander Petrov", Russia's ambassador to
one small state): a spy's cover name, a businessman or a footballer of the same name is no
ambassador. A name that matches such a person is kept only if the article names the person as a
diplomat somewhere: a word of the diplomatic service ("ambassador", "envoy", "embassy", "high
commissioner", "charge d'affaires", "consul") in the sentence before one of the person's mentions,
or right after it ("Laurie Bristow, the ambassador"). Otherwise every mention of that person in the
article is left unknown: no link is better than someone else's.

A person the resolver linked by a title or the article's states (method "context") is kept, and
people the sources also know in another office (a minister, a head of state) are left alone.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from gazetteer.resolution import Resolution

_POST_WORDS = re.compile(r"\b(?:ambassadors?|envoys?|embass(?:y|ies)|high[- ]commission(?:er)?|"
                         r"charg[eé]s? d'affaires|consul(?:s|ate|ar)?(?:[- ]general)?|diplomats?|"
                         r"legation|minister[- ]counsellor|attach[eé]s?)\b", re.IGNORECASE)
_AFTER_CHARS = 60


def _envoy_only(gaz, entity_id: str) -> bool:
    entity = getattr(gaz, "by_id", {}).get(entity_id) if gaz is not None else None
    return entity is not None and bool(entity.roles) and all(r.role_key == "ambassador" for r in entity.roles)


def _spoken_of_as_envoy(q, text: Optional[str]) -> bool:
    after = text[q.end_char:q.end_char + _AFTER_CHARS].split(".")[0] if text else ""
    return bool(_POST_WORDS.search(q.context_before or "") or _POST_WORDS.search(after))


def envoys_by_name(gaz, queries: Sequence, answers: list, text: Optional[str]) -> list:
    """`answers` with a person known only as an ambassador unlinked where the article never speaks of
    the person as a diplomat (see the module's doc)."""
    people, by_context = {}, set()
    for q, a in zip(queries, answers):
        if a is not None and a.entity_type == "PERSON" and a.entity_id and _envoy_only(gaz, a.entity_id):
            people.setdefault(a.entity_id, []).append(q)
            if a.method == "context":
                by_context.add(a.entity_id)   # the resolver already read a title or the article's states
    doubtful = {eid for eid, qs in people.items()
                if eid not in by_context and not any(_spoken_of_as_envoy(q, text) for q in qs)}
    if not doubtful:
        return answers
    return [Resolution("PERSON", None, q.text.strip(), None, None, None, 0.0, "nil")
            if a is not None and a.entity_id in doubtful else a for q, a in zip(queries, answers)]
