"""Spans of a sentence that tell another act than the expulsion: a year in them is not the event's year.

    other_act_spans(doc, trigger_i, shift) -> [(start, end)]

"Ivo Marek, who took up his post in December 2019, was declared persona non grata": the relative clause on the
expelled man tells when he took up his post; "the ambassador, appointed in 2017, was expelled in 2019": the
participle clause tells his appointment. A clause of patterns/grammar.json `other_act_clauses` (relative and
participle clauses) is such a span unless it holds the trigger ("diplomats who were expelled in 1986") or hangs on
the trigger itself ("the expulsion, which took place in 1983"): those tell the expulsion's own time. Nor is a
clause on a word of a trigger noun's own phrase ("the expulsion of two diplomats by Ruritania, which took place in
2015"): the parser hangs the clause on the nearest noun, and it may well tell the expulsion.

An act called back is another act too: "Ruritania expelled two Freedonian diplomats on Monday, marking the anniversary
of the 1990 expulsion of five Freedonian diplomats by Graustark": the phrase of a noun of expelling that a word of
patterns/grammar.json `recalled_act_words` has as its object, or as the object of its "of", tells the other act's
time (recalled_act).
"""
from __future__ import annotations

from transforms.expulsions.arcs import is_verb
from transforms.expulsions.parse_words import EXPEL_NOUNS, PATTERNS, lemma, normalise

OTHER_ACT_CLAUSES = frozenset(PATTERNS["other_act_clauses"])
RECALLED = frozenset(PATTERNS["recalled_act_words"])


def other_act_spans(doc, trigger_i: int, shift: int = 0) -> list[tuple[int, int]]:
    """Character spans (offsets in the doc's text plus `shift`) of the clauses of `doc` that tell an act other than
    the one whose trigger is the token `trigger_i`."""
    if doc is None or not 0 <= trigger_i < len(doc):
        return []
    trigger = doc[trigger_i]
    spans = []
    for tok in doc:
        if tok.dep_ not in OTHER_ACT_CLAUSES or not is_verb(tok):
            continue
        if tok.i == trigger.i or tok.is_ancestor(trigger) or tok.head.i == trigger.i:
            continue   # the expulsion's own clause, or a clause on the expulsion noun
        if not is_verb(trigger) and trigger.is_ancestor(tok):
            continue   # a clause inside the expulsion noun's phrase: perhaps on the expulsion
        first, last = tok.left_edge, tok.right_edge
        spans.append((first.idx + shift, last.idx + len(last) + shift))
    for tok in doc:
        if tok.i != trigger.i and not tok.is_ancestor(trigger) and recalled_act(tok):
            first, last = tok.left_edge, tok.right_edge
            spans.append((first.idx + shift, last.idx + len(last) + shift))
    return spans


def recalled_act(noun) -> bool:
    """Is the noun one of expelling that a word of recalling has as its object or its "of"'s object ("the
    anniversary of the 1990 expulsion", "recalling the 1985 expulsion")?"""
    if lemma(noun) not in EXPEL_NOUNS or noun.pos_ != "NOUN":
        return False
    head = noun.head
    if noun.dep_ == "pobj" and normalise(head.text) == "of" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    return head != noun and (lemma(head) in RECALLED or head.lemma_.lower() in RECALLED)
