"""The one whose order an expulsion carried out: "Twelve diplomats were expelled on orders from Ruritania's new
government", "expelled by order of the regime in Strelsau", "on the instructions of the foreign ministry".

A passive or participle of expelling with no "by" agent may name its doer as the source of a command: a noun of
patterns/grammar.json order_source_nouns after one of order_source_prepositions, hung on the verb, whose "of" or
"from" phrase names the one who ordered. A request, behest or demand names no doer (another acts at the asking),
and a command hung on another verb ("Acting on orders from X, the spy was expelled by Y") is not the expulsion's.

A command can also be the object its issuer gives, with the asking verb on it ("Ruritania has issued a directive
mandating the departure of three Freedonian diplomats", "sent an order requiring ..."): the one who orders is the
subject of the verb whose object the command noun is (`issuer`).
"""
from __future__ import annotations

from typing import Optional

from transforms.expulsions.parse_words import PATTERNS, _clause_subject, _prep_objects, normalise

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


def issuer(noun) -> Optional[object]:
    """The subject of the verb whose object `noun` is, when `noun` is a command (patterns/grammar.json
    order_source_nouns: "issued a directive mandating ...": the one who issued it); else None."""
    if noun is None or normalise(noun.text) not in ORDER_SOURCE_NOUNS or noun.dep_ != "dobj" or noun.head == noun:
        return None
    return _clause_subject(noun.head)
