"""A state's body named after the state's possessive: the body's own words reported inside the name.

"Russia's Foreign Ministry said", "China’s Foreign Ministry", "Kenya's foreign ministry": the gazetteer
holds such names whole (an alias of the state's ministry), so the body's mention runs from the state's
name, and the state is a name inside it. A reader's list of names often takes the state as a name of
its own and the body as the words after the possessive ("Russia", "Foreign Ministry").
`with_bodies_after_possessors` reports both: the name as written, and the body's words inside it
(nested), as "Lavrov" inside "Mr Lavrov" (transforms/titled_forms.py). Same entity, same resolution:
only the span differs. Only where the state's mention starts the body's, ends right before the
possessive and the body is that state's own (the same country): "People's Party", "Her Majesty's
Government" and a body of another state are left as they are.

The tables call this (transforms/tables.py): the event extractor reads the mentions as resolved.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from transforms.records import Mention

_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)\s+")


def with_bodies_after_possessors(mentions: Iterable[Mention]) -> Iterator[Mention]:
    """Each mention, and after a state's body whose name opens with that state's possessive, the body's
    words after the possessive (nested)."""
    mentions = list(mentions)
    states = {(m.start_char, m.country_code): m.end_char for m in mentions
              if m.entity_type == "COUNTRY" and m.entity_id and m.country_code}
    for m in mentions:
        yield m
        state_end = states.get((m.start_char, m.country_code)) \
            if m.entity_type == "ORG" and m.entity_id and m.country_code and not m.nested else None
        if state_end is None or state_end >= m.end_char:
            continue
        after = _POSSESSIVE.match(m.text, state_end - m.start_char)
        if after is not None and after.end() < len(m.text):
            yield m._replace(start_char=m.start_char + after.end(), text=m.text[after.end():], nested=True,
                             repeats_outer=True)
