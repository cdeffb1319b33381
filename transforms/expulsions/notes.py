"""Diplomatic notes (grammar.py, arguments.py): who declares through a note handed over ("MFA handed the
Counsellor a note declaring X persona non grata": the one who hands it), and the envoy a note is handed to, whose
host sends it ("Russia's ambassador to Poland was summoned and handed a note declaring three embassy staff persona
non grata": Poland declares, the staff are the ambassador's)."""
from __future__ import annotations

from typing import Optional

from transforms.expulsions.parse_words import DOCUMENT_NOUNS, PERSONNEL, States, _child, _clause_subject, lemma, \
    normalise
from transforms.expulsions.whose_people import _whose


def sender(tok):
    """"MFA handed the Counsellor a note declaring X persona non grata": the note declares for the
    subject of the verb that hands, sends or issues it; any other noun stays itself."""
    if lemma(tok) not in DOCUMENT_NOUNS or tok.dep_ not in ("dobj", "nsubjpass"):
        return tok
    return _clause_subject(tok.head) if tok.dep_ == "dobj" else None


def note_sender(decl):
    """"The ministry handed notes to the Iranian ambassador declaring four employees persona non grata", the
    declaring verb hung by the parser on the one the notes went to: the notes declare for the subject of
    the verb that hands them, never for their addressee."""
    to = decl.head.head if decl.dep_ == "acl" and decl.head.dep_ == "pobj" else None
    if to is None or normalise(to.text) != "to" or to.head.pos_ != "VERB":
        return None
    if not any(c.dep_ == "dobj" and lemma(c) in DOCUMENT_NOUNS for c in to.head.children):
        return None
    return _clause_subject(to.head)


_HANDING = frozenset({"hand", "handed", "give", "given", "gave", "deliver", "delivered", "present", "presented"})


def note_to_envoy(decl, states: States) -> tuple[Optional[object], Optional[str]]:
    """(the envoy, his host state) when the declaring verb hangs on a verb of handing a note whose passive subject
    is an envoy accredited to a state ("the ambassador to Poland was summoned and handed a note declaring ..."):
    the host hands it and declares; the people declared are of his mission. (None, None) otherwise."""
    hand = decl.head if decl.dep_ in ("advcl", "acl", "xcomp") else None
    if hand is not None and decl.dep_ == "acl" and lemma(hand) in DOCUMENT_NOUNS and hand.dep_ == "dobj":
        hand = hand.head   # "was summoned to hand him a note listing six employees as undesirable": on the note
    if hand is None or normalise(hand.text) not in _HANDING or \
            not any(c.dep_ == "dobj" and lemma(c) in DOCUMENT_NOUNS for c in hand.children):
        return None, None
    envoy = _child(hand, "nsubjpass") or (_child(hand.head, "nsubjpass") if hand.dep_ in ("conj", "advcl") else None)
    if envoy is None or normalise(envoy.text) not in PERSONNEL:
        return None, None
    host = _whose(envoy, states)[1]
    return (envoy, host) if host else (None, None)
