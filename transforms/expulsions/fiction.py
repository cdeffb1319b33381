"""An expulsion told as the plot of a made-up story is no news of an act (modality.modality_of).

    in_fiction(node) -> bool

"In the novel, Ruritania expels two Freedonian diplomats", "Freedonia expelled the envoy in the film", "Freedonia
expelled two diplomats, the film shows": a verb that "in" a work of fiction governs, or whose subject the work is,
tells what happens in the work (patterns/grammar.json fiction_works); the parser may hang the subject on the verb as
a compound ("The novel tells of Freedonia expelling ...": "novel" read as a modifier of "tells"). A memoir ("in his book") or a series of acts
("in the series of expulsions") is not one: those nouns are left out of the list.
"""
from __future__ import annotations

from transforms.expulsions.parse_words import PATTERNS, lemma, normalise

FICTION_WORKS = frozenset(PATTERNS["fiction_works"])


def _a_work(tok) -> bool:
    return lemma(tok) in FICTION_WORKS or normalise(tok.text) in FICTION_WORKS


def in_fiction(node) -> bool:
    """Does "in" a work of fiction hang on verb `node` ("In the novel, Ruritania expels ..."), or is the work its
    subject ("Freedonia expelled two diplomats, the film shows"), or a compound before the verb that the parser took
    for its modifier ("The novel tells of ...")?"""
    return node.pos_ in ("VERB", "AUX") and any(
        (c.dep_ == "prep" and normalise(c.text) == "in" and any(o.dep_ == "pobj" and _a_work(o) for o in c.children))
        or (c.dep_ == "nsubj" and _a_work(c)) or (c.dep_ == "compound" and c.i < node.i and _a_work(c))
        for c in node.children)
