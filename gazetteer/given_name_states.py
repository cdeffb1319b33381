"""A state's name that opens a person's name is that person's given name: "Dominique Prieur" names no
Dominica (the French "Dominique"), "Georgia Meloni" no Georgia, "Israel Katz" no Israel.

The gazetteer matcher finds the state's name inside the longer name and the recogniser keeps it as a
name of its own, since a model's span now and then runs a state's name into a person's ("Myanmar Andrew
Kirkwood"). A reader keeps the state only when the word is no given name. So a state's one-word name
at the start of a longer name the model read as a person's or an unknown body's is dropped when the
gazetteer's people open their names with that word far more often than they end them
(`given_names.is_given_name`), and the word after it is a name's, not a title's or a body's ("Jordan King
Abdullah", "Taiwan News" keep the state).
"""
from __future__ import annotations

from typing import Sequence

from gazetteer.given_names import is_given_name, is_title_word
from gazetteer.org_names import GENERIC_WORDS

_PERSON_LABELS = {"PERSON", "GAZ:PERSON", "SPEAKER"}


def _opens_a_name(q, other, other_result) -> bool:
    """Does `other` (with its verdict) start where `q` does and run on into a person's name?"""
    if other.start_char != q.start_char or other.end_char <= q.end_char:
        return False
    rest = other.text[q.end_char - q.start_char:].split()
    if not rest or not rest[0][:1].isupper() or is_title_word(rest[0]) or rest[0].lower() in GENERIC_WORDS:
        return False   # "Jordan King Abdullah", "Taiwan News": the state, before a title or a body's word
    labels = set(other.label.split("|"))
    if labels & _PERSON_LABELS:
        return True
    # a body the model calls it, two words, the gazetteer knows no such body: "Dominique Hillion"
    return "ORG" in labels and len(rest) == 1 and getattr(other_result, "entity", None) is None


def drop_given_names_taken_for_states(gaz, queries: Sequence, results: list) -> None:
    """Report no state for its one-word name opening a person's name of which it is the given name
    (`results`: the resolver's working verdicts, None where a name is not reported)."""
    for i, (q, r) in enumerate(zip(queries, results)):
        if getattr(r, "entity", None) is None or r.entity_type != "COUNTRY" or " " in q.text.strip():
            continue
        if any(_opens_a_name(q, other, results[j]) for j, other in enumerate(queries) if j != i) \
                and is_given_name(gaz, q.text):
            results[i] = None
