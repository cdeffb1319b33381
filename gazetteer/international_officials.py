"""People an article titles as an international body's officials: they act for no state.

"UN Secretary-General Antonio Guterres" in a 2024 story is the United Nations' official; the source
knows him only as Portugal's prime minister of 1995-2002. A person the text names right after an
international body's mention and a title ("NATO Secretary General ...") who holds no state office on
the article's date acts for none, in every mention of the article; a former leader named without
such a title ("when Edward Heath expelled ...") keeps the state of his office.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from gazetteer.dates import within
from gazetteer.people import ACTING_ROLES

# the title between the body and the name: one to three capitalised words ("Secretary-General ")
_TITLE_BETWEEN = re.compile(r"^\s*(?:[A-Z][\w'.-]*\s+){1,3}$")


def in_state_office(e, date: Optional[str]) -> bool:
    """Does the person hold an acting state office on `date` (an undated office counts as held)?"""
    return any(r.role_key in ACTING_ROLES and r.country and (not date or within(date, r.start, r.end))
               for r in e.roles)


def officials_of_no_state(mentions, results, international: Callable, date: Optional[str]) -> set:
    """Entity ids of people titled in the text as an international body's officials, out of state office."""
    found = set()
    for m, r in zip(mentions, results):
        e = getattr(r, "entity", None)
        if e is None or r.entity_type != "PERSON" or e.entity_id in found or in_state_office(e, date):
            continue
        for n, s in zip(mentions, results):
            body = getattr(s, "entity", None)
            gap = m.start_char - n.end_char
            if body is None or s.entity_type != "ORG" or not 0 < gap <= len(m.context_before) \
                    or not international(body):
                continue
            if _TITLE_BETWEEN.match(m.context_before[len(m.context_before) - gap:]):
                found.add(e.entity_id)
                break
    return found
