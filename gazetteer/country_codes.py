"""A three-letter code is a country's name only where the article names that country.

The gazetteer knows every state by its ISO 3166 alpha-3 code ("GAB", "KNA", "VAT"), as sports tables
and data feeds write them. In prose the same three capitals are mostly something else: "the Kenya
News Agency KNA", "a value added tax (VAT)". So a name of three capital letters (each maybe with its dot:
"J.A.M.", a company's initials) that the lookup linked to a state only through such a code, no initials of any of the state's names ("USA" is
United States of America's, "UAE" United Arab Emirates'), is that state only when the article names
the state otherwise, too; else it is unknown. A code written as a word, not in capitals ("Fry"
said, for "FRY", the Federal Republic of Yugoslavia), is no state at all.
"""
from __future__ import annotations

import re
from typing import Sequence

from gazetteer.model import Entity, normalise

_LINKING_WORDS = frozenset({"of", "the", "and", "de", "du", "des", "la", "le", "el", "al"})


def initials(name: str) -> str:
    """'United States of America' -> 'USA': the first letters of its words that are not linking words."""
    return "".join(w[0] for w in re.findall(r"[^\W\d_]+", name) if w.lower() not in _LINKING_WORDS).upper()


_DOTTED = re.compile(r"(?:[A-Z]\.){3}")


def bare_code(text: str, e: Entity) -> bool:
    """Is `text` three capitals that none of the state `e`'s names abbreviates ("KNA" for Saint Kitts
    and Nevis; not "UAE"), maybe each with its dot ("J.A.M.", a company's initials, is no Jamaica)?"""
    code = text.strip()
    if _DOTTED.fullmatch(code):
        code = code.replace(".", "")
    return len(code) == 3 and code.isalpha() and code.isupper() and \
        not any(initials(n) == code for n in e.names() if n != code)


def code_as_word(text: str, e: Entity) -> bool:
    """Is `text` a word not in capitals that names the state `e` only as one of its codes does ("Fry"
    the surname, which the code "FRY" of the Federal Republic of Yugoslavia spells)?"""
    key = normalise(text)
    same = [n for n in [*e.names(), *e.demonyms] if normalise(n) == key]
    return not text.isupper() and bool(same) and all(n.isupper() for n in same)


def unresolve_bare_codes(queries: Sequence, results: list, unresolved, allowed_types) -> None:
    """Leave unknown the states found only by a code of theirs in an article that names them nowhere else,
    and those found by a code written as a word (`results`: the resolver's working verdicts, with
    `.entity` and `.entity_type`)."""
    for i, (q, r) in enumerate(zip(queries, results)):
        if getattr(r, "entity", None) is not None and r.entity_type == "COUNTRY" and code_as_word(q.text, r.entity):
            results[i] = unresolved(q, allowed_types(q))
    coded = [i for i, (q, r) in enumerate(zip(queries, results)) if getattr(r, "entity", None) is not None
             and r.entity_type == "COUNTRY" and bare_code(q.text, r.entity)]
    if not coded:
        return
    named = {getattr(r.entity, "country_code", None) for i, r in enumerate(results)
             if i not in coded and getattr(r, "entity", None) is not None}
    for i in coded:
        if results[i].entity.country_code not in named:
            results[i] = unresolved(queries[i], allowed_types(queries[i]))
