"""A "leave" that obeys an order: the verb or noun of ordering it hangs from, however the parser hung it.

    order_obeyed(leave) -> the ordering verb or noun, or None

"were ordered to leave", "was given 24 hours to leave", "set a deadline for the diplomats to leave",
"a U.S. order that 25 members of the mission leave", "demanded that he leave", "decreed that he leave", "asked the three to leave"
(the parser's relative clause on the object), "were ordered to close their mission and leave", "was told
that eleven officials ... must leave", "handed the ambassador a list of 25 diplomats who must leave".
Also who a deadline is for (`deadline_people`) and "had until Friday to leave" (`deadline_have`).
Read by triggers_parse.find_triggers (the "leave" trigger's governor) and arguments.py (its people).
"""
from __future__ import annotations

from transforms.expulsions.arcs import governed_by, is_verb
from transforms.expulsions.lexicon import LEFT_PLACES
from transforms.expulsions.mandatives import decided_clause
from transforms.expulsions.parse_words import (DEADLINES, ORDER, PATTERNS, PERMISSION_NOUNS, REQUEST_NOUNS, TIME_GIVERS, lemma,
                                              lister, normalise)

COMPEL = frozenset(PATTERNS["compel_verbs"])


def order_obeyed(tok):
    """The verb or noun of ordering a "leave" (`tok`) obeys, by the first of the readings below that finds one."""
    first = first_infinitive(tok)   # "given ten days to get their affairs in order and to depart": the order
    return governed_by(tok, ORDER, ("xcomp", "ccomp", "advcl")) or time_given(tok) or deadline_set(tok) \
        or deadline_told_of(tok) or order_noun(tok) or compelled_leaving(tok) \
        or misattached_order(tok) or demanded(tok) or decided_leaving(tok) or second_order(tok) or listed(tok) or told_then(tok) \
        or (order_obeyed(first) if first is not None else None)   # the first infinitive obeys


def compelled_leaving(tok):
    """"A Freedonian diplomat was forced to leave Ruritania": a passive verb of compelling (patterns/grammar.json
    compel_verbs) whose infinitive leaves a named place (a proper noun after "leave") is the order it obeys; else
    None. "was forced to leave his post" names no place."""
    gov = tok.head
    if tok.dep_ != "xcomp" or not {lemma(gov), gov.lemma_.lower()} & COMPEL or \
            not any(c.dep_ == "auxpass" for c in gov.children):
        return None
    return gov if any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in tok.children) else None


_TIME_NOUNS = {"hour", "hours", "day", "days", "week", "weeks", "month", "months", "time"}


def deadline_have(tok):
    """"the diplomats had until Friday to leave Norway", "they have 72 hours to leave": the verb "have"
    whose subject is given a time to leave (the parser hangs "to leave" on "have" as an adverbial, or on
    the time as a relative clause); also for a "leave" conjoined to the infinitive the time is for ("have ten
    days to settle their affairs and to leave")."""
    first = first_infinitive(tok)
    if first is not None:
        return deadline_have(first)
    h = tok.head
    if tok.dep_ == "advcl" and lemma(h) == "have" and any(
            c.dep_ == "prep" and normalise(c.text) in ("until", "till") for c in h.children):
        return h
    if tok.dep_ in ("relcl", "acl") and normalise(h.text) in _TIME_NOUNS and h.dep_ == "dobj" and lemma(h.head) == "have":
        return h.head
    return None


def first_infinitive(tok):
    """The infinitive a "leave" with no subject of its own is conjoined to ("ten days to get their affairs in order
    and to depart", "told them to pack their bags and leave"): what governs that infinitive governs the leaving
    too. None for a "leave" that is not such a conjunct."""
    if tok.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    h = tok.head
    if is_verb(h) and any(c.dep_ == "aux" and normalise(c.text) == "to" for c in h.children):
        return h
    return None


def listed(tok):
    """"gave the Soviet Union the names of 25 members of its mission who must leave the country", "handed the
    ambassador a list of 25 diplomats who must leave": the verb of naming or handing over (patterns/grammar.json
    "listing_verbs") whose object holds the people a relative "who must leave" is about."""
    if tok.dep_ != "relcl" or normalise(next((c.text for c in tok.children if c.dep_ == "nsubj"), "")) not in ("who", "that") \
            or not any(c.dep_ == "aux" and normalise(c.text) in ("must", "should") for c in tok.children):
        return None
    return lister(tok.head)


def second_order(tok):
    """"were ordered to close their mission and leave the country": a "leave" conjoined, with no subject of
    its own, to the infinitive an order governs: that order."""
    h = tok.head
    if tok.dep_ == "conj" and h.dep_ == "xcomp" and lemma(h.head) in ORDER and is_verb(h.head) and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return h.head
    return None


def told_then(tok):
    """"was told that eleven officials had been engaged in espionage and must leave the country": a "leave"
    that must be, with no subject of its own, conjoined to the verb of a clause an order or a telling governs
    (the people are that clause's subject): that order."""
    if tok.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or \
            not any(c.dep_ == "aux" and normalise(c.text) in ("must", "should") for c in tok.children):
        return None
    return governed_by(tok.head, ORDER, ("ccomp",))


def demanded(tok):
    """"demanded the Lebanese ambassador leave the kingdom", "demanded that he leave": the verb "demand" whose
    clause, with a subject of its own, is the leaving (a demand; grammar.py asks whether the host made it)."""
    h = tok.head
    if tok.dep_ == "ccomp" and lemma(h) == "demand" and any(c.dep_ == "nsubj" for c in tok.children):
        return h
    return None


def decided_leaving(tok):
    """"decreed that the attache leave the country", "ruled that the two diplomats leave within 48 hours": a verb of
    deciding (patterns/grammar.json deciding_verbs) whose "that" clause in the subjunctive, with a subject of its own,
    is the leaving (mandatives.decided_clause; "ruled that the attache could stay", "decided that he would leave" are
    no such clause)."""
    return tok.head if decided_clause(tok) else None


def order_noun(tok):
    """"a U.S. order that 25 members of the Soviet mission leave the country", "the request that they
    leave": the noun of ordering whose "that" clause is the leaving."""
    h = tok.head
    if tok.dep_ in ("acl", "ccomp", "relcl") and h.pos_ == "NOUN" and (lemma(h) in ORDER or lemma(h) in REQUEST_NOUNS) and \
            any(c.dep_ == "mark" and normalise(c.text) == "that" for c in tok.children):
        return h
    return None


def time_given(tok):
    """"He was given 24 hours to leave" ("granted", "allowed": patterns/grammar.json time_giving_verbs) as the
    parser often reads it: "to leave" on the time, the time the object of the verb that orders (or, after a first
    object, an adverbial of it: "gave its diplomats a week to leave", also with "to leave" on the verb): that verb."""
    h = tok.head
    if tok.dep_ == "advcl" and lemma(h) in TIME_GIVERS and is_verb(h) and \
            any(c.dep_ in ("dobj", "npadvmod") and normalise(c.text) in _TIME_NOUNS for c in h.children):
        return h   # "has been granted 48 hours to leave Egyptian territories": "to leave" on the verb, the time its object
    if tok.dep_ not in ("relcl", "acl") or normalise(h.text) not in _TIME_NOUNS:
        return None
    while h.dep_ == "appos" and h.head != h:   # "gave the ambassador, Patrick X, 72 hours to leave": the parser
        h = h.head                             # makes the time an apposition of the name
    if h.dep_ in ("dobj", "npadvmod") and (lemma(h.head) in ORDER or lemma(h.head) in TIME_GIVERS) and is_verb(h.head):
        return h.head   # ("has been granted 72 hours to leave": a verb that gives time only as "give" does)
    return None




def deadline_told_of(tok):
    """"A two-day deadline that Ruritania granted the Freedonian ambassador to leave expired": "to leave" on a verb
    that gives time ("grant", "give", "allow") in a relative clause on the deadline or the time it gives (patterns/
    grammar.json deadline_nouns; "the 48 hours Ruritania gave him to leave"), the deadline its object moved out of the
    clause: that verb."""
    h = tok.head
    if tok.dep_ not in ("advcl", "xcomp") or not is_verb(h) or h.dep_ != "relcl" or \
            not (lemma(h) in TIME_GIVERS or lemma(h) == "give"):
        return None
    held = h.head
    if lemma(held) not in DEADLINES and normalise(held.text) not in _TIME_NOUNS:
        return None
    if any(c.dep_ in ("dobj", "npadvmod") and normalise(c.text) in _TIME_NOUNS for c in h.children):
        return None   # the clause gives a time of its own
    return h


def deadline_set(tok):
    """"set an April 29 deadline for all Freedonian embassy personnel to leave the country", "set a deadline of Friday
    for the diplomats to leave", "gave the diplomats a deadline of Friday to leave": "to leave" (with its own subject
    after "for", or none) on a deadline (patterns/grammar.json "deadline_nouns") that a verb sets, or on that verb:
    the verb."""
    h = tok.head
    if tok.dep_ not in ("advcl", "acl", "relcl") or not is_verb(h) and lemma(h) not in DEADLINES:
        return None
    if lemma(h) in DEADLINES and h.dep_ == "dobj" and is_verb(h.head):
        return h.head
    if is_verb(h) and any(c.dep_ == "dobj" and lemma(c) in DEADLINES for c in h.children):
        return h
    return None


def deadline_people(tok, gov):
    """Who a deadline to leave (set by `gov`, see deadline_set) is for: "a deadline for all Freedonian embassy
    personnel to leave", "gave the diplomats a deadline of Friday to leave"; never the deadline itself; None when
    the deadline names no one."""
    deadline = tok.head if lemma(tok.head) in DEADLINES else next(
        (c for c in gov.children if c.dep_ == "dobj" and lemma(c) in DEADLINES), None)
    fors = [o for c in (deadline.children if deadline is not None else ()) if c.dep_ == "prep" and normalise(c.text) == "for"
            for o in c.children if o.dep_ == "pobj"]
    return fors[0] if fors else next((c for c in gov.children if c.dep_ in ("dative", "iobj")), None)


def misattached_order(tok):
    """The verb of ordering whose "to leave" the parser hung as a relative clause on a noun after it: on its
    object ("asked the three to leave", "told the five to go") or on the time of "until" ("gave them until
    the end of the month to leave"). Only a "to" infinitive with no subject of its own."""
    if tok.dep_ not in ("relcl", "acl") or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or \
            not any(c.dep_ == "aux" and normalise(c.text) == "to" for c in tok.children) or \
            leaves_a_thing(tok):
        return None   # "asked the ambassador to leave a message": no leaving of a place
    h = tok.head
    if h.dep_ == "dobj" and lemma(h.head) in ORDER and is_verb(h.head):
        return h.head
    for _ in range(3):   # "until the end of the month": up through the objects of prepositions to "until"
        if h.dep_ != "pobj":
            return None
        h = h.head
        if normalise(h.text) in ("until", "till") and h.dep_ == "prep" and lemma(h.head) in ORDER and is_verb(h.head):
            return h.head
        h = h.head if h.dep_ == "prep" else h
    return None


def leaves_with_leave(tok) -> bool:
    """"Freedonian diplomats must leave the capital only with permission", "may not leave Strelsau without the
    ministry's approval": a leaving allowed (or barred) by a leave given, a rule of movement, no order to go (a
    noun of leave, patterns/grammar.json permission_nouns, after "with" or "without"); "leave without permission
    to return" is one (the leave is for coming back)."""
    return any(c.dep_ == "prep" and normalise(c.text) in ("with", "without") and
               any(o.dep_ == "pobj" and lemma(o) in PERMISSION_NOUNS and
                   not any(d.dep_ in ("acl", "relcl") for d in o.children) for o in c.children)
               for c in tok.children)


def leaves_a_thing(tok) -> bool:
    """"asked the ambassador to leave a message", "told to leave his car outside": the object of "leave" is a
    thing, not the country; a name ("leave Britain") or a place word ("leave the country") is one."""
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and normalise(c.text) not in LEFT_PLACES for c in tok.children)
