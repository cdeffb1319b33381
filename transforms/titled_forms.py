"""A person's name as written with the courtesy title before it: "Mr Lavrov", "Mrs. Bandaranaike".

Recognition reads the name without its title ("Mr Lavrov" is Lavrov: the title
is no part of who he is, and "Mrs." must not stop "Bandaranaike" meeting her full
name). But a reader, and a reader's list of names, often takes the title with the
name ("Mr Skripal"). `with_titled_forms` reports both: the titled form as the
mention, and the bare name inside it (nested), as "Putin" inside "Vladimir
Putin". Same entity, same resolution: only the span differs. Only the titles a
name is addressed by (Mr, Mrs, Ms, Miss, Dr, Mme) and the newsroom's "PM"; a
role ("President Trump", "Lord Carrington") is left as it is.

A role title the model took into the name's span ("Spokesperson Matthew Miller", "General Francisco
Morales Bermudez") is the other way round: the mention stays as written, and the name after the title
is reported inside it (nested), so that a reader's list of names finds "Matthew Miller". Peers' and
royal titles stay part of the name ("Lord Carrington", "Queen Elizabeth").

The tables call this (transforms/tables.py): the event extractor reads the
mentions as resolved, one per name.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from gazetteer.given_names import is_title_word
from gazetteer.people import PEERAGE_WORDS
from transforms.records import Mention

_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Mme|PM)\.?[ \t]+$")
_NAME_WORDS = PEERAGE_WORDS | {"king", "queen", "prince", "princess", "sir", "dame", "pope", "emperor", "empress",
                               "sheikh", "ayatollah", "imam", "rabbi", "father", "saint"}   # titles a name is known by


def _after_role_title(m: Mention, text: str):
    """(start, name) of the name after the role title words that open the person mention `m`, if any."""
    words = list(re.finditer(r"\S+", m.text))
    k = 0
    while k < len(words) - 1 and is_title_word(words[k].group()) and words[k].group().lower().rstrip(".") \
            not in _NAME_WORDS:
        k += 1
    if k == 0 or not words[k].group()[:1].isupper():
        return None
    start = m.start_char + words[k].start()
    return start, text[start:m.end_char]


def with_titled_forms(mentions: Iterable[Mention], text: str) -> Iterator[Mention]:
    """Each mention, and before a person's name written after a courtesy title, the titled form."""
    for m in mentions:
        title = None
        if m.entity_type == "PERSON" and not m.nested and text[m.start_char:m.end_char] == m.text:
            title = _TITLE_BEFORE.search(text, max(0, m.start_char - 8), m.start_char)
        if title is None:
            yield m
            inner = _after_role_title(m, text) if m.entity_type == "PERSON" and not m.nested \
                and text[m.start_char:m.end_char] == m.text else None
            if inner is not None:   # "Spokesperson Matthew Miller": and "Matthew Miller" inside it
                yield m._replace(start_char=inner[0], text=inner[1], nested=True, repeats_outer=True)
            continue
        yield m._replace(start_char=title.start(), text=text[title.start():m.end_char],
                         canonical_name=m.canonical_name or m.text)
        yield m._replace(nested=True, repeats_outer=True)   # also for an unknown name (no entity id yet)
