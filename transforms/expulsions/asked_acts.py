"""Acts asked of another or only allowed, not done: a demand or a call to expel ("rejected Washington's demand to
expel three diplomats", "called on Ottawa to expel"), a state told by name to expel ("asked Ruritania to expel"), a
"should" asked for ("asked that an attaché should be withdrawn") and a leave to act ("has the authority to expel").

modality.modality_of reads `_asked_of_another`, `_allowed` and `_mandative`; grammar.py reads `asked_of_state`.
"""
from __future__ import annotations

from transforms.expulsions.parse_words import (ASKING, DEMAND_NOUNS, EXERCISING, ORDER, PERMISSION_NOUNS, lemma,
                                               normalise)


def _mandative(tok, kind: str) -> bool:
    """"we have asked that an attaché should be withdrawn": the "should" of a 'that' clause under a verb of
    asking says what was asked of the other state (the request is the expulsion), no one's duty."""
    return kind == "withdraw" and tok.dep_ == "ccomp" and lemma(tok.head) in ORDER and \
        any(c.dep_ == "mark" and normalise(c.text) == "that" for c in tok.children)


def _allowed(tok) -> bool:
    """"would seek approval to declare 31 employees persona non grata", "has the authority to expel", "reserves the
    right to expel": the infinitive on a noun of leave (patterns/grammar.json permission_nouns) is an act allowed,
    not one done; a leave used ("exercised its right to expel two diplomats", exercising_verbs) tells it done."""
    if not (tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") and lemma(tok.head) in PERMISSION_NOUNS):
        return False
    noun = tok.head
    return not (noun.dep_ == "dobj" and lemma(noun.head) in EXERCISING)


def _asked_of_another(tok) -> bool:
    """"rejected Washington's demand to expel three diplomats" (the infinitive on the noun), "ignored calls
    to expel the ambassador" (the parser hangs it on the verb, beside the noun): another was asked to
    expel; "a request to withdraw" is the asker's own order and is no trigger of these kinds."""
    if tok.dep_ in ("acl", "advcl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN") and lemma(tok.head) in DEMAND_NOUNS \
            and (tok.dep_ != "relcl" or any(c.dep_ == "aux" and normalise(c.text) == "to" for c in tok.children)):
        return True   # (also "calls for the government to expel the ambassador", the clause hung on the noun; a
        # headline's "A PETITION to expel", which the parser reads as a name with a relative clause)
    doc = tok.doc
    if tok.dep_ == "xcomp" and {lemma(tok.head), tok.head.lemma_.lower()} & ASKING and tok.head.pos_ == "VERB" and \
            any(c.dep_ == "dobj" or c.dep_ == "prep" and normalise(c.text) == "on" for c in tok.head.children):
        return True   # "voted to ask the government to expel", "called on Ottawa to expel": asked, not done
    if tok.dep_ not in ("advcl", "xcomp") or tok.i < 2 or normalise(doc[tok.i - 1].text) != "to":
        return False
    if any(c.dep_ == "mark" and normalise(c.text) == "for" for c in tok.children) and any(
            c.dep_ == "dobj" and c.i < tok.i and lemma(c) in DEMAND_NOUNS for c in tok.head.children):
        return True   # "repeated his call for the Government to expel the ambassador": the parser hangs the clause
        # with its own subject on the verb, beside the noun
    noun = doc[tok.i - 2]
    return noun.pos_ == "NOUN" and lemma(noun) in DEMAND_NOUNS and noun.head == tok.head


def asked_of_state(tok, states) -> bool:
    """"Qatar was told by its neighbours to expel the Emirati diplomats", "asked Ruritania to expel": a state
    told, asked or ordered by name to expel is asked by another (a demand); "ordered the Foreign Ministry to expel"
    (a body of its own) is a state's own order and stays its act; so does a state telling itself."""
    gov = tok.head
    if tok.dep_ != "xcomp" or lemma(gov) not in ORDER or gov.pos_ not in ("VERB", "AUX"):
        return False
    told = [c for c in gov.children if c.dep_ in ("dobj", "nsubjpass")]
    hits = [states.at(c) for c in told]
    addressed = {h[0] for h in hits if h is not None and h[1] in ("state", "capital")}
    if not addressed:
        return False
    tellers = [c for c in gov.children if c.dep_ == "nsubj"] + \
        [o for a in gov.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    own = {h[0] for h in (states.at(c) for c in tellers) if h is not None}
    return not addressed & own
