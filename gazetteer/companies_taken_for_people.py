"""A company's name the resolver kept as an unknown person's: "Cyprus Minerals Co said", "Grumman said".

A name that speaks ("X said") is taken for a person whatever the model called it, and the model
itself calls many firms people ("Amtex Inc", "Topps"). No one is named with a company's registered
suffix, so a name that carries one ("Corp", "Inc", "Co", "Ltd", ...: gazetteer.org_names) is a
company's, and so is the short name the article gives the company it names so: "Grumman said" in
a story that opens with "Grumman Corp", "Procter and Gamble said" after "Procter and Gamble Co".
Such a name stays unknown, as a company's name (a feed-wide ORG), never a person's. A word the
article gives a person stays a person's: the surname of someone it names in full ("Carl Icahn ...
Icahn and Co Inc ... Icahn said"), or a name after a personal title ("Mr Topps").
"""
from __future__ import annotations

from typing import Callable, Sequence

from gazetteer.model import normalise
from gazetteer.org_names import registered_company_name
from gazetteer.people import HONORIFICS

_PERSON_LABELS = ("PERSON", "GAZ:PERSON", "SPEAKER")


def _company_openings(queries: Sequence) -> list:
    """The words of every registered company's name the article writes ("grumman corp")."""
    return [normalise(q.text).split() for q in queries if registered_company_name(" ".join(q.text.split()))]


def companies_taken_for_people(queries: Sequence, results: list, unresolved: Callable) -> None:
    """Make each unknown person of `results` whose name is a company's (by the rule above) an unknown
    company: `unresolved(query, types)` is the resolver's answer for a name it cannot link."""
    companies = _company_openings(queries)
    if not companies:
        return
    full_names = [normalise(q.text).split() for q in queries if q.label.split("|")[0] in _PERSON_LABELS]
    people_words = {w for n in full_names if len(n) > 1 and not any(c[:len(n)] == n for c in companies)
                    for w in n[1:]}   # "Carl Icahn", not "Mark IV" of "Mark IV Industries Inc"
    for i, (q, r) in enumerate(zip(queries, results)):
        if r is None or r.entity is not None or r.entity_type != "PERSON":
            continue
        words = normalise(q.text).split()
        before = normalise(q.context_before or "").split()
        if not words or before and before[-1] in HONORIFICS or words[-1] in people_words:
            continue   # "Mr Topps"; "Icahn said" after "Carl Icahn": a person's name
        if registered_company_name(" ".join(q.text.split())) \
                or any(len(c) > len(words) and c[:len(words)] == words for c in companies):
            results[i] = unresolved(q, ("ORG",))
