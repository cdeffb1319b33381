"""A body's one-word name the model took for a person or a place ("Yonhap said", "Jobbik came second",
"Syriza had been given a mandate").

The model labels many foreign one-word names of parties and news agencies as people: the person
path then finds no one and leaves the name unknown. When no person the gazetteer knows bears the
word and it is exactly the name of one body, it is that body if the body is one of the project's
own list (news agencies, seats of government: "Yonhap", "Interfax", "Kremlin") named by a word of its
own, not a word every state's body bears ("Senate"), or if it is a political party of a state the
story names (thousands of parties bear one-word names, and only the
story's country tells "Podemos" in Madrid from "Podemos" in La Paz). Anything else stays unknown, and so
does a word the text gives a person: after a personal title ("Mr Reuter", "Dr Yonhap"), or as the surname of
someone it names in full ("Ernst Reuter was mayor of Berlin ... Reuter said": no news agency Reuter).
"""
from __future__ import annotations

from collections import Counter
from typing import Callable, Optional, Sequence

from gazetteer.abbreviations import only_as_initials
from gazetteer.model import Entity, normalise, reports_news
from gazetteer.org_names import distinctive_words
from gazetteer.sources_curated import SOURCE as CURATED
from gazetteer.party_pieces import is_party
from gazetteer.people import HONORIFICS

MODEL_LABELS = ("PERSON", "SPEAKER", "GPE", "LOC")   # what the model took the body's name for


def body_taken_for_a_person(gaz, text: str, label: str, context: Counter,
                            weight: Callable[[Entity, Counter], float]) -> Optional[Entity]:
    """The one body whose name `text` (one word the model labelled `label`) is, by the rule above;
    `weight(e, context)`: the share of the article the body's country has."""
    key = normalise(text)
    if label.split("|")[0] not in MODEL_LABELS or " " in key or len(key) < 4 or gaz.surname_index.get(key):
        return None
    found = [e for e in gaz.lookup_exact(text, types=("ORG",)) if not only_as_initials(text, e)]
    if len(found) != 1:
        return None
    e = found[0]
    if is_party(e):
        return e if weight(e, context) > 0 else None
    # a news medium, or a body of the project's own list named by a word of its own ("Kremlin", "Interfax",
    # "Yonhap"), not by a word every state's body bears ("Senate", "Congress", "Commons")
    return e if reports_news(e) or CURATED in e.sources and distinctive_words(text) else None


def bodies_taken_for_people(gaz, queries: Sequence, results: list, context: Counter, weight, verdict) -> None:
    """Replace, in `results`, each unknown one-word name that is such a body's (`verdict(entity)`:
    the resolver's answer for it)."""
    surnames = {words[-1] for words in (normalise(q.text).split() for q in queries
                                        if q.label.split("|")[0] in ("PERSON", "GAZ:PERSON", "SPEAKER"))
                if len(words) > 1}
    for i, (q, r) in enumerate(zip(queries, results)):
        if r is not None and r.entity is not None or r is None and q.label != "SPEAKER":
            continue   # known, or a name not reported; a speaker no one was found for may be a body ("Yonhap said")
        before = normalise(q.context_before or "").split()
        if normalise(q.text) in surnames or before and before[-1] in HONORIFICS:
            continue   # "Ernst Reuter ... Reuter said", "Mr Reuter": a person's name
        body = body_taken_for_a_person(gaz, q.text, q.label, context, weight)
        if body is not None:
            results[i] = verdict(body)
