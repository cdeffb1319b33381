"""Futures and conditions in the arcs over a trigger (read by modality.modality_of).

A course still to come is a possibility when a condition hangs on it: "if"/"unless" on the verb or on the infinitive
it governs (`conditioned`, `condition_on`: "would be required to leave if the talks failed"), a passive still to
come (`future_passive`), "otherwise" (`otherwise`: "..., otherwise he'll be expelled"), the side after "or" of a demand
(`alternative_threatened`: "to withdraw its troops or see its ambassador expelled"). A future told as a report is
a decision, asserted: "said it would expel two diplomats" (`reported_decision`, `reported`), and "Lithuania would
expel three diplomats." in a list of what each state announced (`bare_would`).
"""
from __future__ import annotations

from transforms.expulsions.parse_words import CONDITION_ADVERBS, normalise
from transforms.expulsions.told import CONDITION_MARKS

MODALS = {"would", "could", "might", "may", "can", "'d"}


def conditioned(kids) -> bool:
    """An adverbial clause opened by "if" or "unless" hangs from the verb."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and normalise(m.text) in ("if", "unless")
                                         for m in c.children) for c in kids)


def condition_on(node) -> bool:
    """A clause opened by a condition's mark ("if", "unless") on the verb or on the infinitive it governs ("would be
    required to leave if the talks failed", where the parser may hang the clause on "leave" as its complement)."""
    kids = list(node.children) + [k for c in node.children if c.dep_ == "xcomp" for k in c.children]
    return any(c.dep_ in ("advcl", "ccomp") and any(m.dep_ == "mark" and normalise(m.text) in CONDITION_MARKS
                                                   for m in c.children) and not either_way(c) for c in kids)


def either_way(clause) -> bool:
    """"would expel the diplomats whether or not talks resumed", "whether talks resumed or not": a clause of "whether"
    with its "or" on the verb it hangs from says the course is taken either way (a concession), on no condition. (A
    question the trigger is in, "asked whether X would expel ...", is the trigger's own clause: told.opens_question.)"""
    return any(m.dep_ == "mark" and normalise(m.text) == "whether" for m in clause.children) and \
        any(c.dep_ == "cc" and normalise(c.text) == "or" for c in clause.children)


def future_passive(kids) -> bool:
    """"will be required", "would be expelled": a passive participle still to come (not "was expelled if ...")."""
    return any(c.dep_ == "auxpass" for c in kids) and any(c.dep_ == "aux" and normalise(c.text) in _STILL_TO_COME
                                                          for c in kids)


_STILL_TO_COME = {"will", "'ll", "shall", "would", "'d"}


def otherwise(kids) -> bool:
    """"Otherwise" (patterns/grammar.json condition_adverbs) on a verb still to come ("..., otherwise he'll be
    expelled", "or else they will be expelled"): the case in which the other course is not taken, a condition."""
    return any(c.dep_ == "advmod" and normalise(c.text) in CONDITION_ADVERBS for c in kids) and \
        any(c.dep_ == "aux" and normalise(c.text) in _STILL_TO_COME for c in kids)


def reported_decision(node) -> bool:
    """"said it would expel two diplomats": a decision reported, asserted. Only "would" (the future
    of a reported "will") is one: "said it may expel" stays a possibility, and so does a "would"
    with a condition ("if the crisis deepens") or people not yet known ("any diplomat found to ...")."""
    if not reported(node):
        return False
    kids = list(node.children)
    if any(c.dep_ == "aux" and normalise(c.text) in MODALS - {"would", "'d"} for c in kids):
        return False
    if condition_on(node):   # (also on the infinitive: "would be required to leave if the talks failed")
        return False
    return not any(c.dep_ in ("dobj", "nsubjpass") and
                   any(d.dep_ == "det" and normalise(d.text) == "any" for d in c.children) for c in kids)


def bare_would(node) -> bool:
    """"Lithuania would expel three diplomats.": a counted decision of a state named as the subject, told in the
    future of a report whose verb is left out (as in a list of what each state announced); not with "would have",
    another modal, a condition anywhere in the sentence ("if", "unless", "otherwise"), a question, or people not
    counted ("would expel any diplomat")."""
    kids = list(node.children)
    aux = [normalise(c.text) for c in kids if c.dep_ in ("aux", "auxpass")]
    if node.dep_ != "ROOT" or "would" not in aux or any(a in MODALS - {"would"} or a == "have" for a in aux):
        return False
    subject = next((c for c in kids if c.dep_ == "nsubj"), None)
    counted = any(c.dep_ == "dobj" and any(n.dep_ == "nummod" for n in c.children) for c in kids)
    words = {normalise(t.text) for t in node.sent if not (t.dep_ == "mark" and either_way(t.head))}
    return subject is not None and subject.pos_ == "PROPN" and counted and \
        not words & (CONDITION_MARKS | {"otherwise", "?"})


def reported(node) -> bool:
    """"said it would expel": reported speech of a decision, not a hypothesis; also a second clause said
    ("said it had broken off relations and that its diplomats would have to leave")."""
    if node.dep_ == "conj" and node.head.dep_ == "ccomp" and any(
            c.dep_ == "mark" and normalise(c.text) == "that" for c in node.children):
        node = node.head
    h = node.head
    return node.dep_ == "ccomp" and (normalise(h.text) in ("said", "announced", "confirmed", "decided", "stated",
                                                           "declared", "told", "informed", "says", "announces")
                                     or (h.tag_ == "VBG" and h.lemma_ in ("say", "announce", "confirm", "state")))
    # ("with the minister announcing that the ambassador would be expelled")


_OBLIGED = {"should", "must", "ought"}


def alternative_threatened(verb) -> bool:
    """Is `verb` the second side of "or" after a demand, what comes if it is not met ("gave Freedonia until Friday to
    withdraw its troops or see its ambassador expelled", "must stop the attacks or risk seeing its envoy expelled")?
    The first side an infinitive, an imperative or under "must": the second is threatened, not done. A side with a
    subject of its own ("or its ambassador would be expelled") is read by its own arcs."""
    first = verb.head
    if verb.dep_ != "conj" or first.pos_ not in ("VERB", "AUX") or \
            not any(c.dep_ == "cc" and normalise(c.text) == "or" for c in first.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    aux = {normalise(c.text) for c in first.children if c.dep_ == "aux"}
    return bool(aux & ({"to"} | _OBLIGED)) or \
        (first.tag_ == "VB" and not aux and not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children))
