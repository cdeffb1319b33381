"""A person's name as written with the courtesy title before it: "Mr Lavrov", "Mrs. Bandaranaike".

Recognition reads the name without its title ("Mr Lavrov" is Lavrov: the title
is no part of who he is, and "Mrs." must not stop "Bandaranaike" meeting her full
name). But a reader, and a reader's list of names, often takes the title with the
name ("Mr Skripal"). `with_titled_forms` reports both: the titled form as the
mention, and the bare name inside it (nested), as "Putin" inside "Vladimir
Putin". Same entity, same resolution: only the span differs. Only the titles a
name is addressed by (Mr, Mrs, Ms, Miss, Dr, Mme) and the newsroom's "PM"; a
role ("President Trump", "Lord Carrington") is left as it is.

The tables call this (transforms/tables.py): the event extractor reads the
mentions as resolved, one per name.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from transforms.records import Mention

_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Mme|PM)\.?[ \t]+$")


def with_titled_forms(mentions: Iterable[Mention], text: str) -> Iterator[Mention]:
    """Each mention, and before a person's name written after a courtesy title, the titled form."""
    for m in mentions:
        title = None
        if m.entity_type == "PERSON" and not m.nested and text[m.start_char:m.end_char] == m.text:
            title = _TITLE_BEFORE.search(text, max(0, m.start_char - 8), m.start_char)
        if title is None:
            yield m
            continue
        yield m._replace(start_char=title.start(), text=text[title.start():m.end_char],
                         canonical_name=m.canonical_name or m.text)
        yield m._replace(nested=True, repeats_outer=True)   # also for an unknown name (no entity id yet)
