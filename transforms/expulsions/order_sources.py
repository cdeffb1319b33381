"""The one whose order an expulsion carried out: "Twelve diplomats were expelled on orders from Ruritania's new
government", "expelled by order of the regime in Strelsau", "on the instructions of the foreign ministry".

A passive or participle of expelling with no "by" agent may name its doer as the source of a command: a noun of
patterns/grammar.json order_source_nouns after one of order_source_prepositions, hung on the verb, whose "of" or
"from" phrase names the one who ordered. A request, behest or demand names no doer (another acts at the asking),
and a command hung on another verb ("Acting on orders from X, the spy was expelled by Y") is not the expulsion's.
"""
from __future__ import annotations

from typing import Optional

from transforms.expulsions.parse_words import PATTERNS, _prep_objects, normalise

ORDER_SOURCE_NOUNS = frozenset(PATTERNS["order_source_nouns"])
ORDER_SOURCE_PREPOSITIONS = tuple(PATTERNS["order_source_prepositions"])


def order_giver(verb) -> Optional[object]:
    """The object of "of"/"from" after a noun of command hung on `verb` by "on", "by", "under" or "upon"
    ("expelled on the orders of X": X), else None."""
    for _, noun in _prep_objects(verb, *ORDER_SOURCE_PREPOSITIONS):
        if normalise(noun.text) in ORDER_SOURCE_NOUNS:
            sources = _prep_objects(noun, "of", "from")
            if sources:
                return sources[0][1]
    return None
