"""A small town's name before a common noun, in a story that never names its country, names a thing.

"An unmanned Delta rocket carried a weather satellite", "Delta shares rose": Delta, a Canadian town of
100,000, is the name of a rocket and a company here, in American stories that never name Canada. A
reader takes a town's name used to qualify a lower-case noun as the town only where the story is set
in or names the town's country ("a Salisbury hospital" in a story about England). So a town below
SMALL_TOWN people, linked by its name, right before a lower-case word that is no function word, and
not after a preposition of place ("in Delta police said" keeps the town), in a story that names
other states but never the town's, is unknown. Capitals, large cities ("Moscow talks") and datelines
keep their link.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from gazetteer.history import state_on
from gazetteer.resolution import Resolution
from transforms.alias_towns import SMALL_TOWN, _population

_NEXT_WORD = re.compile(r"[ \t]*\n?[ \t]*([a-z]+)\b")
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "to", "outside", "into", "of", "around"})


def qualifies_a_noun(text: str, end: int) -> bool:
    """The name ending at `end` stands right before a lower-case word that is no function word."""
    from spacy.lang.en.stop_words import STOP_WORDS   # here: the process launching a job imports no spaCy
    m = _NEXT_WORD.match(text, end)
    return bool(m) and m.group(1) not in STOP_WORDS


def towns_naming_things(gaz, queries: Sequence, answers: list, date: Optional[str], text: Optional[str]) -> list:
    """`answers` with small towns' names that qualify a noun, in stories about other states, left unknown
    (see the module's doc)."""
    if gaz is None or not text:
        return answers
    out = list(answers)
    for i, a in enumerate(answers):
        q = queries[i]
        if a is None or a.entity_type != "CITY" or not a.entity_id or a.acts_for or getattr(q, "dateline", False):
            continue
        if not qualifies_a_noun(text, q.end_char):
            continue
        words = q.context_before.split()
        if words and words[-1].lower() in _PLACE_PREPOSITIONS:
            continue
        named = {state_on(o.country_code, date) for j, o in enumerate(answers) if j != i and o is not None
                 and o.entity_id and o.country_code and o.entity_id != a.entity_id}
        if not named or state_on(a.country_code, date) in named:
            continue
        population = _population(gaz, q, a.entity_id)
        if population is not None and population < SMALL_TOWN:
            out[i] = Resolution("OTHER", None, q.text.strip(), method="nil")
    return out
