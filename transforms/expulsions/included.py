"""The people of one state counted inside a larger expelled group, after "including": "Russia announced the
expulsion of more than 150 diplomats, including 60 Americans", "expelled 150 diplomats from 23 countries, including 60
American diplomats and 23 Britons". Each is that state's own expulsion by the same actor, with its own count, beside
the group (whose nationality is many or none). So are the people of one state a clause says a part of the group is:
"the expulsion of 150 Western diplomats, 60 of them American", "expelled 150 diplomats, 60 of whom were American".

    included_nationals(trigger, noun, states) -> [(state, count)]
    share_clauses(trigger, noun, states) -> [(state, count)]
"""
from __future__ import annotations

from transforms.expulsions.headcounts import number_of
from transforms.expulsions.parse_words import States, _prep_objects, lemma, normalise
from transforms.expulsions.people import diplomatic


def included_nationals(trigger, noun, states: States) -> list[tuple[str, int]]:
    """[(state, count)] of the counted nationals after "including" on the expelled noun (or on the trigger), in
    text order: "60 Americans", "60 American diplomats"; [] unless every item after "including" is a count of one
    state's people (not "including 40 from Germany": a state that expels, shares.included_shares)."""
    holders = [h for h in (noun, trigger) if h is not None]
    holders += [o for h in list(holders) for _, o in _prep_objects(h, "from")]   # "from 23 countries, including ..."
    preps = [c for h in holders for c in h.children if c.dep_ == "prep" and normalise(c.text) == "including"]
    items = [t for p in preps for o in p.children if o.dep_ == "pobj"
             for t in o.subtree if t == o or (t.dep_ == "conj" and t.head.dep_ in ("pobj", "conj"))]
    out = []
    for t in sorted(items, key=lambda t: t.i):
        counts = [number_of(c) for c in t.children if c.dep_ == "nummod"]
        if len(counts) != 1 or counts[0] is None or any(c.dep_ == "prep" for c in t.children):
            return []
        hit = states.at(t)
        if hit is None:   # "60 American diplomats": the nationality before the people's noun
            hits = [states.at(c) for c in t.children if c.dep_ in ("amod", "compound") and states.at(c) is not None]
            hit = hits[0] if len(hits) == 1 else None
        if hit is None or hit[1] not in ("norp", "state") or (hit != states.at(t) and not diplomatic(t, states)):
            return []   # ("11 people including three British journalists": no diplomats of their own)
        out.append((hit[0], counts[0]))
    return out


_GROUP_PRONOUNS = {"them", "whom", "these", "those"}


def share_clauses(trigger, noun, states: States) -> list[tuple[str, int]]:
    """[(state, count)] of the clauses that say how many of the expelled group are of one state: a nationality whose
    subject is a count "of them" ("150 Western diplomats, 60 of them American": the parser hangs the clause on the
    people or on a verb that governs the expulsion) or a relative "be" with a count "of whom" ("150 diplomats, 60 of
    whom were American"). The group is the nearest people counted before the pronoun; [] if any such clause is not
    one state's."""
    if noun is None:
        return []
    sentence = noun.sent
    heads = {noun, trigger} | set(trigger.ancestors)
    out = []
    for t in sentence:
        if t.dep_ != "nsubj" or number_of(t) is None or t.i < noun.i:
            continue
        if not any(o.dep_ == "pobj" and normalise(o.text) in _GROUP_PRONOUNS
                   for _, o in _prep_objects(t, "of")):
            continue
        said = t.head   # "American" (60 of them American) or "were" (60 of whom were American)
        if lemma(said) == "be":
            said = next((c for c in said.children if c.dep_ in ("acomp", "attr")), None)
        if said is None or said.head not in heads and t.head.head not in heads:
            continue
        counted = [u for u in sentence if u.i < t.i and u.tag_ == "NNS" and
                   any(c.dep_ == "nummod" for c in u.children)]
        if not counted or counted[-1] != noun:
            continue   # ("of them" is some other people's)
        hit = states.at(said)
        if hit is None or hit[1] != "norp":
            return []
        out.append((hit[0], number_of(t)))
    return out
