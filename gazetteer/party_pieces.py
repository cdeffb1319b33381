"""A party's name that is only the last words of a longer name ("Democratic Party" in "the
Liberal Democratic Party", "Democratic Forces" in "the Syrian Democratic Forces").

The recogniser reports a gazetteer name inside a longer mention as a mention of its own
(transforms/nested_names.py), and the resolver links it. Parties are named with the same few
words the world over, so a party found in the closing words of a longer name is that party only
when the longer name is the same party ("the Chinese Communist Party") or adds no more than the
party's own country ("the Japanese Liberal Democratic Party"). Otherwise the longer name is
another body, known or not, and the shorter one names nothing by itself: it is left unresolved.
A party after "of" in the longer name is the party the body belongs to, a name of its own ("the
Central Committee of the WPK").
"""
from __future__ import annotations

from typing import Optional, Sequence

from gazetteer.national import country_named_in


def is_party(e) -> bool:
    return e is not None and e.entity_type == "ORG" and "partyfacts" in e.sources


def party_pieces(gaz, queries: Sequence, entities: Sequence[Optional[object]]) -> list:
    """Indexes of the names (`NameQuery`s, with what each resolved to) that are a longer mention's
    closing words resolved to a party the longer mention is not."""
    pieces = []
    for i, (q, e) in enumerate(zip(queries, entities)):
        if not is_party(e):
            continue
        for o, oe in zip(queries, entities):
            if not (o.start_char < q.start_char and o.end_char == q.end_char) \
                    or (oe is not None and oe.entity_id == e.entity_id):
                continue
            extra = o.text[:q.start_char - o.start_char]
            if extra.split()[-1:] == ["of"] or extra.split()[-2:] == ["of", "the"]:
                continue   # the party a body belongs to: "the Central Committee of the WPK"
            if oe is not None or country_named_in(gaz, extra) != e.country_code:
                pieces.append(i)
                break
    return pieces


def unresolve_party_pieces(gaz, queries: Sequence, results: list, unresolved, allowed_types) -> None:
    """Leave the article's party pieces unresolved (`results`: the resolver's working verdicts, with
    `.entity`; `unresolved(query, types)` makes an abstention)."""
    for i in party_pieces(gaz, queries, [r.entity if r is not None else None for r in results]):
        results[i] = unresolved(queries[i], allowed_types(queries[i]))
