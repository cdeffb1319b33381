"""A telegram's "GoA", "GOI", "GOK": the government of the state it reports on, not a place or a party.

US embassy cables write the host government as "GO" and the state's initial: "Bielsa said the GoA had
been surprised", "the GOI has not replied", "GOK officials". The recogniser takes the shorthand for a
name and the gazetteer answers with whatever bears those three letters: "GOA" is the Indian state of
Goa, a confident wrong link in every cable from Buenos Aires. Where a name is exactly "GO" (either
case of the "o") and one capital letter, and of the states whose name begins with that letter the
article names one more often than any other (by its name or its people, a place in it, or someone or
something acting for it), the name is that state's government (`body_of_state`). The cable's own address
("From the Embassy in Iran to the Department of State") names its state first, however often the text names
another of the same initial (Iraq). A name the gazetteer
already knows as a person, a party or another body stays what it is ("GOP" is the Republican Party,
whatever state the story names); only a place or an unknown name is read so.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional, Sequence

from gazetteer.home_bodies import body_of_state
from gazetteer.resolution import Resolution

_SHORTHAND = re.compile(r"G[Oo]([A-Z])")
_STATE_TYPES = ("COUNTRY", "NORP")


def _states_named(answers: Sequence, skip: set) -> Counter:
    """How often the article names each state: a state or its people by name, a place in it, a person
    or a body acting for it."""
    named = Counter()
    for i, a in enumerate(answers):
        if a is None or i in skip:
            continue
        code = a.country_code if a.entity_type in _STATE_TYPES + ("CITY",) else a.acts_for
        if code:
            named[code] += 1
    return named


def _state_with_initial(gaz, letter: str, named: Counter) -> Optional[str]:
    """The state named most often among those whose name begins with `letter`, if it leads every other."""
    ranked = [(code, n) for code, n in named.most_common()
              if (getattr(gaz.country(code), "canonical_name", "") or "")[:1].upper() == letter][:2]
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


_ADDRESS = re.compile(r"\b(?:Embassy|Legation|Mission|Consulate)\s+(?:in|at|to)\s+(?:the\s+)?$", re.I)
_HEADING = 300   # characters: where a telegram gives its address ("Telegram 269 From the Embassy in Iran to ...")


def _addressed_from(queries: Sequence, answers: Sequence) -> Optional[str]:
    """The state a telegram's address says its embassy is in ("From the Embassy in Iran to the Department of
    State"): the one state named right after "Embassy in" in the text's first lines, else None."""
    found = {a.country_code for q, a in zip(queries, answers) if a is not None and a.entity_type == "COUNTRY"
             and q.start_char < _HEADING and _ADDRESS.search(q.context_before or "")}
    return found.pop() if len(found) == 1 else None


def government_shorthand(gaz, queries: Sequence, answers: list) -> list:
    """`answers` with a "GoA"-style shorthand linked to the government of the article's state of that
    initial (see the module's doc)."""
    if gaz is None:
        return answers
    asked = {i for i, q in enumerate(queries) if _SHORTHAND.fullmatch(q.text.strip())}
    if not asked:
        return answers
    named = _states_named(answers, asked)
    out = list(answers)
    for i in sorted(asked):
        m, a = _SHORTHAND.fullmatch(queries[i].text.strip()), answers[i]
        if a is not None and a.entity_id and a.entity_type != "CITY":
            continue
        host = _addressed_from(queries, answers)   # the cable's own address first: "From the Embassy in Iran"
        code = host if host and (getattr(gaz.country(host), "canonical_name", "") or "")[:1].upper() == m.group(1) \
            else _state_with_initial(gaz, m.group(1), named)
        body = body_of_state(gaz, "Government", code) if code else None
        if body is not None:
            out[i] = Resolution("ORG", body.entity_id, body.canonical_name, body.country_code, body.acts_for,
                                None, 0.85, "context")
    return out
