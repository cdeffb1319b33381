"""A body named after a state's possessive is that state's body, never another state's or a world body's.

"Ukraine's Security Service said ...", "Russia's Security Council met": the words after "Ukraine's" are
the short name of Ukraine's own service, though a source gives "Security Service" as another name of
Britain's MI5 and "Security Council" of the United Nations Security Council. A reader takes the body a
state's possessive names as that state's: the body of the state of that name (`home_bodies.body_of_state`:
"Russia's Foreign Ministry"), else a body no source holds (unknown, the owner's state), where the
name was linked to

- a body of another state (MI5 after "Ukraine's"), or
- a body of no state named by a shorter form of its name, every word of which is in its full name
  ("Security Council" of the "United Nations Security Council"), unless a lower-case noun follows:
  then the possessive owns the noun, and the body qualifies it ("Russia's Security Council veto",
  "Britain's Security Council seat" are the UN's). A word after that is a function word or reads as
  a verb in the past ("met", "said", "approved") is no such noun: the body acts ("Russia's Security
  Council met").

A body named in full ("Britain's United Nations mission", "America's NATO allies"), a state's own
body ("Britain's Security Service"), and an owner that is no state ("the UN's Security Council")
keep their link.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from gazetteer.history import state_on
from gazetteer.home_bodies import body_of_state, generic_name
from gazetteer.model import normalise
from gazetteer.resolution import Resolution
from transforms.town_modifiers import qualifies_a_noun

_POSSESSIVE_GAP = re.compile(r"['\u2019]s?\s+")
_BODY_TYPES = ("ORG",)
_PAST = re.compile(r"[a-z]+ed\b")
IRREGULAR_PAST = frozenset({"said", "met", "held", "told", "made", "gave", "sent", "took", "found", "set", "sought"})


def owns_a_noun(text: str, end: int) -> bool:
    """Does a lower-case noun follow the name ending at `end` ("Security Council veto"), no verb in the past?"""
    if not qualifies_a_noun(text, end):
        return False
    word = re.match(r"\s*([a-z]+)", text[end:]).group(1)
    return not (_PAST.fullmatch(word) or word in IRREGULAR_PAST)


def possessor_state(i: int, queries: Sequence, answers: Sequence, text: str) -> Optional[str]:
    """The state whose name stands right before the name at `i` with a possessive ("Ukraine's ")."""
    start = queries[i].start_char
    for j in range(i - 1, -1, -1):
        q, a = queries[j], answers[j]
        if q.end_char > start or q.start_char >= start:
            continue   # a name nested in this one, or after it
        if a is None or a.entity_id is None or a.entity_type != "COUNTRY" or not a.country_code:
            return None
        return a.country_code if _POSSESSIVE_GAP.fullmatch(text[q.end_char:start]) else None
    return None


def _shorter_form_of_world_body(written: str, a: Resolution) -> bool:
    """Is the body one of no state, named by some of the words of its full name ("Security Council")?"""
    if a.country_code or a.acts_for:
        return False
    words, full = set(normalise(written).split()), set(normalise(a.canonical_name or "").split())
    return bool(words) and words < full


def possessive_bodies(gaz, queries: Sequence, answers: list, date: Optional[str], text: Optional[str]) -> list:
    """`answers` with bodies named after a state's possessive taken as that state's (see the module's doc)."""
    if gaz is None or not text:
        return answers
    out = list(answers)
    for i, a in enumerate(answers):
        if a is None or a.entity_id is None or a.entity_type not in _BODY_TYPES:
            continue
        owner = possessor_state(i, queries, answers, text)
        if owner is None:
            continue
        own = a.acts_for or a.country_code
        q = queries[i]
        if own:
            if state_on(own, date) == state_on(owner, date):
                continue
        elif not _shorter_form_of_world_body(q.text, a) or owns_a_noun(text, q.end_char):
            continue
        body = body_of_state(gaz, generic_name(q.text), owner)
        out[i] = Resolution("ORG", body.entity_id, body.canonical_name, body.country_code, body.acts_for,
                            None, 0.85, "context") if body is not None else \
            Resolution("ORG", None, q.text.strip(), owner, method="nil")
    return out
