"""People named after a comma and "and" that the parser joins to the clause's verb, not to the people before them.

"Ruritania ordered the expulsion of the Freedonian ambassador, and the diplomatic personnel of the Freedonian
embassy": the parser hangs "personnel" on "ordered" as a conjunct with no verb or subject of its own. They are
more of the people expelled: headcounts.count_of counts them with the others, and where no number says how many
("the diplomatic personnel") the whole has no count.
"""
from __future__ import annotations

from transforms.expulsions.parse_words import States, normalise
from transforms.expulsions.people import _is_personnel

_BETWEEN = frozenset({",", "and"})
_STAFF = frozenset({"staff", "personnel"})


def trailing_people(noun, states: States) -> list:
    """The people nouns conjoined to the first verb above `noun` (or a verb its infinitive completes) that follow the noun's phrase with only a comma and
    "and" between, and have no verb, auxiliary or subject of their own ("..., and the diplomatic staff")."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return []
    verbs = [verb]
    while verbs[-1].dep_ == "xcomp" and verbs[-1].head.pos_ in ("VERB", "AUX"):
        verbs.append(verbs[-1].head)   # "has decided to order the expulsion of ..., and the ...": on "decided"
    doc, end = noun.doc, noun.right_edge.i
    out = []
    for c in (c for v in verbs for c in v.children):
        if c.dep_ != "conj" or c.pos_ != "NOUN" or c.left_edge.i <= end:
            continue
        between = [normalise(t.text) for t in doc[end + 1:c.left_edge.i]]
        if not between or set(between) - _BETWEEN or "and" not in between or between[0] != ",":
            continue
        if any(d.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for d in c.children):
            continue
        if any(d.i < c.i and d.pos_ == "PROPN" and (states.at(d) or ("", ""))[1] in ("state", "capital")
               for d in c.subtree):
            continue   # "Slovakia expelled 33 Russian diplomats, and Latvia ten diplomats": another state's act, gapped
        if _is_personnel(c, states) or normalise(c.text) in _STAFF:
            out.append(c)
    return out
