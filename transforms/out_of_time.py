"""A body that did not exist on the article's date is not what the article names.

Party Facts gives parties the years they began and ended. A 1987 story's "BP" (British Petroleum)
is no Brexit Party, founded in 2018, nor the Dutch Farmers Party ("Bp"), dissolved in 1977; a 1987
story's "centrist Alliance" is no French Centrist Alliance of 2009. So a body linked by the
gazetteer is unknown when

- it was founded after the article's year, or
- it was dissolved more than `YEARS_REMEMBERED` years before and the text names it by a short
  form or an abbreviation rather than its full name (a story may recall a dissolved party by name).
"""
from __future__ import annotations

from typing import Optional, Sequence

from gazetteer.model import normalise
from gazetteer.resolution import Resolution

YEARS_REMEMBERED = 1   # a party dissolved last year is still named by its short form


def _entity(gaz, q, entity_id: str):
    for e in gaz.lookup_exact(q.text, types=("ORG",)):
        if e.entity_id == entity_id:
            return e
    return None


def bodies_out_of_time(gaz, queries: Sequence, answers: list, date: Optional[str]) -> list:
    """`answers` with the bodies that did not exist on the article's `date` left unknown."""
    year = (date or "")[:4]
    if gaz is None or not year.isdigit():
        return answers
    out = list(answers)
    for i, (q, a) in enumerate(zip(queries, answers)):
        if a is None or a.entity_type != "ORG" or a.entity_id is None:
            continue
        e = _entity(gaz, q, a.entity_id)
        if e is None or not (e.founded or e.dissolved):
            continue
        founded_later = bool(e.founded) and e.founded[:4] > year
        gone = bool(e.dissolved) and int(e.dissolved[:4]) + YEARS_REMEMBERED < int(year) \
            and normalise(q.text) != normalise(e.canonical_name)
        if founded_later or gone:
            out[i] = Resolution("ORG", None, q.text.strip(), method="nil")
    return out
