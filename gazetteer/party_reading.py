"""A chamber's name read as a party's: "the Congress party", "the Congress government".

"Congress" is the United States' legislature to the gazetteer, but "Members of the Congress party
asked ..." and "the Congress government was weak" in an Indian story speak of the Indian National
Congress: a legislature forms no government and is no party. So a name that states' bodies share ("Congress", "Senate": their own names
qualify them with their state), linked to such a body or to nothing, followed by "party" or
"government", is a party's short name: the
one party, of a country the story names and in existence in the story's year, whose name ends with
it ("Indian National Congress"), or of several the first founded: the parties that came later took
names of their own beside the word ("All India Trinamool Congress", "Tamil Maanila Congress").
Unknown when none is, or the first founded is not known (a wrong state's body costs more than no
link).
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional, Sequence

from gazetteer.foreign_bodies import shared_name
from gazetteer.home_bodies import generic_name
from gazetteer.memo import by_gazetteer
from gazetteer.model import Entity, normalise
from gazetteer.party_forms import in_time
from gazetteer.party_pieces import is_party

PARTY_READING_WORDS = frozenset({"party", "government"})   # what a party is or forms; a legislature neither


@by_gazetteer(size=2)
def _parties_by_last_word(gaz) -> dict:
    """{the last word of a party's name, qualifiers in brackets aside: [party]}."""
    index: dict = {}
    for e in gaz.entities:
        if is_party(e) and e.country_code:
            words = normalise(re.sub(r"\(.*?\)", " ", e.canonical_name)).split()
            if words:
                index.setdefault(words[-1], []).append(e)
    return index


def party_named_so(gaz, text: str, context: Counter, date: Optional[str]) -> Optional[Entity]:
    """The party of a country `context` names, existing in `date`'s year, whose name ends with the
    one-word `text` ("Congress" -> Indian National Congress): the one, or the first founded of them
    (a later party of the word adds its own to it: "All India Trinamool Congress"), else None."""
    key = normalise(text)
    if not key or " " in key:
        return None
    fits = sorted({e.entity_id: e for e in _parties_by_last_word(gaz).get(key, ())
                   if context.get(e.country_code, 0) > 0 and in_time(e, date)}.values(),
                  key=lambda e: (e.founded or "9999", e.entity_id))
    if len(fits) > 1 and (not fits[0].founded or fits[0].founded == fits[1].founded):
        return None
    return fits[0] if fits else None


def party_readings(gaz, queries: Sequence, results: Sequence, context: Counter, date: Optional[str]) -> dict:
    """{index: party or None} for the names followed by "party" or "government" that the resolver did
    not link to a party (`results`: its working verdicts, with `.entity` and `.entity_type`)."""
    found = {}
    for i, (q, r) in enumerate(zip(queries, results)):
        if getattr(q, "word_after", "").lower() not in PARTY_READING_WORDS or r is None or r.entity_type == "PERSON":
            continue
        e = getattr(r, "entity", None)
        if e is not None and (is_party(e) or e.entity_type != "ORG"):
            continue   # a party already, or a country ("the Indian government")
        bodies = [e] if e is not None else gaz.lookup_exact(q.text, types=("ORG",))
        if not any(shared_name(gaz, generic_name(q.text), b) and not is_party(b) for b in bodies):
            continue   # a body's name of its own ("the Kremlin government"), a party's ("the Labour party": the
            # party forms decide), or no body's name at all
        found[i] = party_named_so(gaz, q.text, context, date)
    return found
