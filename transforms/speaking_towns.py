"""A small town that speaks is a company or a body named after it.

"Weston said earnings for the first quarter will be about flat", "..., Ashland said": in business news
the subject of "said" spelt like a town is a company named after one (Roy F. Weston Inc, Ashland Oil
Inc), which the model and the gazetteer take for the town. A capital speaks for its government
("Moscow said"), and a state or a province for its own ("Texas said", "Ontario said"); a town does
not. So a town below SMALL_TOWN people (a GeoNames row: states and provinces have no population in
the gazetteer), linked by its name, no capital and not in a dateline, whose name is the subject of a
speech verb (`NameQuery.speaker`) right after it, is unknown; a town after a preposition of place or
followed by a comma places the speaker ("Oriental Savings Bank of Humacao, Puerto Rico, said").
A larger town that speaks is unknown too when the model reads the name as a body and not a place ("Toyota
said its car exports fell": the carmaker, not the city of 420,000 it is named after); "Osaka said", which
the model reads as a place, keeps its link.
"""
from __future__ import annotations

from typing import Sequence

from gazetteer.resolution import Resolution
from transforms.alias_towns import SMALL_TOWN, _population
from transforms.town_modifiers import _PLACE_PREPOSITIONS


def speaking_towns(gaz, queries: Sequence, answers: list) -> list:
    """`answers` with small towns that speak left unknown (see the module's doc)."""
    if gaz is None:
        return answers
    out = list(answers)
    for i, a in enumerate(answers):
        q = queries[i]
        if a is None or a.entity_type != "CITY" or not a.entity_id or a.acts_for or not getattr(q, "speaker", False) \
                or getattr(q, "dateline", False):
            continue
        words = q.context_before.split()
        if words and words[-1].lower() in _PLACE_PREPOSITIONS or not getattr(q, "word_after", "")[:1].isalpha():
            continue   # "Savings Bank of Humacao, Puerto Rico, said": the bank speaks, the town places it
        population = _population(gaz, q, a.entity_id)
        if population is not None and population < SMALL_TOWN or q.label.split("|")[0] == "ORG":
            out[i] = Resolution("ORG", None, q.text.strip(), method="nil")
    return out
