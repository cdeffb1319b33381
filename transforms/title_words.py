"""A word no source knows that makes an office's title with the word beside it is no body: "State" in "the
Secretary of State", "Press" in "Press secretary Larry Speakes", "Home" in "the Home Secretary".

The model marks such a word as a body (ORG), and the resolver, finding no body of that name, made it a
feed-wide unknown entity: one body "State" for every Secretary of State of every story. A one-word name
the gazetteer does not know, which is no title itself but makes one with the office word before it
("Secretary of State", "Minister of State") or after it ("Press secretary", "Home Secretary") and
changes which office it is, as `gazetteer.roles.role_key_for_title` reads titles (a secretary is an
official, a Secretary of State a foreign minister, a Home Secretary a minister; an "Ambassador of
Ruritania" is still an ambassador, a "Treasury Secretary" still a secretary), is left out. A word the
gazetteer knows keeps its link ("the U.N. secretary-general", "a Pentagon spokesman").
"""
from __future__ import annotations

import re
from typing import Sequence

from gazetteer.roles import role_key_for_title

_OFFICE_OF = re.compile(r"\b([A-Z][A-Za-z-]+)\s+of\s+(?:the\s+)?$")   # "the Secretary of ", "Chancellor of the "


def title_word(text: str, context_before: str, word_after: str) -> bool:
    """Is the one word `text` the qualifier of an office's title with the word after it or the office
    and "of" before it?"""
    word = text.strip()
    if not word.isalpha() or not word.istitle() or role_key_for_title(word) is not None:
        return False
    after = (word_after or "").strip()
    if after.replace("-", "").isalpha() and _changes_the_office(after, f"{word} {after}"):
        return True
    office = _OFFICE_OF.search(context_before or "")
    return office is not None and _changes_the_office(office.group(1), f"{office.group(1)} of {word}")


def _changes_the_office(office: str, title: str) -> bool:
    """Is `office` a title, and `title` (it with the word) another office ("Secretary" an official's,
    "Secretary of State" a foreign minister's; "Ambassador of Ruritania" is still an ambassador's)?"""
    key = role_key_for_title(office)
    return key is not None and role_key_for_title(title) not in (None, key)


def without_title_words(queries: Sequence, answers: list) -> list:
    """`answers` with None (no mention) for a body's word the resolver found no entity for that is part of
    an office's title (see the module's doc)."""
    out = list(answers)
    for i, (q, a) in enumerate(zip(queries, answers)):
        if a is not None and not a.entity_id and q.label == "ORG" \
                and title_word(q.text, q.context_before, q.word_after):
            out[i] = None
    return out
