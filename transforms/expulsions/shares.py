"""The expelling states' shares of a sum of people, told in one sentence.

    breakdown(groups, sentence, states)   "Seventeen Russian diplomats, eight from Belgium and nine from the
                                           Netherlands, have been expelled"
    included_from(noun, states)           "the 147 Soviets expelled included 47 from France, 18 from Bangladesh ..."
    included_shares(trigger, noun, states) "... expelled more than 400 Russian diplomats, including 40 by Germany"

Each gives [(state, count ...)] of the states that expelled those people, each its own expulsion; whose the people
are, by groups inside one phrase, is owners.py. Read by grammar.py.
"""
from __future__ import annotations

from typing import Optional

from transforms.expulsions.headcounts import number_of
from transforms.expulsions.parse_words import States, _prep_objects, normalise


def breakdown(groups: Optional[list], sentence, states: States) -> Optional[list]:
    """"Seventeen Russian diplomats, eight from Belgium and nine from the Netherlands, have been expelled":
    a first group of one nationality whose count is the sum of the groups after it, each of them "from" a
    state other than that nationality, tells who expelled how many of those people. The expelling states
    with their counts [(state, count, at_least)]; None for any other grouping ("two diplomats from France
    and three from Italy": whose they are)."""
    if not groups or len(groups) < 3:
        return None
    (whose, total, _), rest = groups[0], groups[1:]
    if whose is None or total is None or any(n is None for _, n, _ in rest) or sum(n for _, n, _ in rest) != total:
        return None
    froms = set()
    for t in sentence:
        hit = states.at(t) if t.dep_ == "pobj" and normalise(t.head.text) == "from" else None
        if hit is not None and hit[1] == "state":
            froms.add(hit[0])
    if whose in froms or any(w not in froms for w, _, _ in rest):
        return None
    return list(rest)


_INCLUDE = ("include", "included", "includes", "comprise", "comprised", "comprises")


def included_from(noun, states: States) -> Optional[list[tuple[str, int]]]:
    """"the 147 Soviets expelled included 47 from France, 18 from Bangladesh and 3 from the United States": people
    a sum tells, the subject of "included", listed as numbers each expelled "from" a state. [(state, count)] in text
    order, two or more of them; None for anything else (a list with no state after "from", or a number without one)."""
    verb = noun.head if noun.dep_ == "nsubj" else None
    if verb is None or normalise(verb.text) not in _INCLUDE:
        return None
    doc, k, out = noun.doc, verb.i + 1, []
    end = verb.sent.end
    while k < end:
        count = number_of(doc[k]) if doc[k].pos_ == "NUM" else None
        if count is None or k + 2 >= end or normalise(doc[k + 1].text) != "from":
            break
        hit = next(((states.at(t), t.i) for t in doc[k + 2:min(k + 5, end)] if states.at(t) is not None), None)
        if hit is None or hit[0][1] != "state":
            return None
        out.append((hit[0][0], count))
        k = hit[1] + 1
        while k < end and (states.at(doc[k]) == hit[0] or normalise(doc[k].text) in (",", "and")):
            k += 1
    return out if len(out) >= 2 else None


def included_shares(trigger, noun, states: States) -> list[tuple[str, int]]:
    """"More than 400 Russian diplomats have been expelled from EU countries, including 40 from Germany and 35
    from France", "... have expelled more than 400 Russian diplomats, including 40 by Germany": the numbers after
    "including" (on the verb or on the people), each "from" or "by" a state, are those states' shares of the sum.
    [(state, count)] in text order; [] unless every number after "including" has its state."""
    holders = [trigger, noun] + [o for _, o in _prep_objects(trigger, "from", "by")]   # ("from EU countries,
    preps = [c for h in holders if h is not None for c in h.children   # including 40 from Germany")
             if c.dep_ == "prep" and normalise(c.text) == "including"]
    firsts = [o for p in preps for o in p.children if o.dep_ == "pobj" and o.pos_ == "NUM"]
    numbers = [t for o in firsts for t in o.subtree if t == o or (t.dep_ == "conj" and t.pos_ == "NUM")]
    out = []
    for n in sorted(numbers, key=lambda t: t.i):
        places = [(states.at(o), o) for p in n.children if p.dep_ == "prep" and normalise(p.text) in ("from", "by")
                  for o in p.children if o.dep_ == "pobj"]
        state = next((hit[0] for hit, _ in places if hit is not None and hit[1] == "state"), None)
        if state is None or number_of(n) is None:
            return []
        out.append((state, number_of(n)))
    listed = max((listed_shares(p, states) for p in preps), key=len, default=[])
    return listed if len(listed) > len(out) and out else out


def listed_shares(including, states: States) -> list[tuple[str, int]]:
    """The shares after "including" read in word order: "including 60 from the United States, 23 from the United
    Kingdom and 4 from Canada" (the parser may hang the later ones anywhere in the sentence, as an apposition or a
    conjunct of the sum's states). Each item a number, "from" or "by" and one state, the items joined by commas
    and "and"; the list ends at the first word that is none of these; [] unless each item has its state."""
    doc, end, i, out = including.doc, including.sent.end, including.i + 1, []
    while i + 1 < end and number_of(doc[i]) is not None and normalise(doc[i + 1].text) in ("from", "by"):
        j, found = i + 2, set()
        while j < end and doc[j].text not in (",", ";", ".", "(") and normalise(doc[j].text) != "and":
            hit = states.at(doc[j])
            if hit is not None and hit[1] == "state":
                found.add(hit[0])
            j += 1
        if len(found) != 1:
            return []
        out.append((found.pop(), number_of(doc[i])))
        while j < end and (doc[j].text == "," or normalise(doc[j].text) == "and"):
            j += 1
        i = j
    return out
