"""A noun of expelling that characterises the expulsion a clause has just told: that one act told again, not another.

    characterises(doc, i, told_here, told_before) -> bool

"Ruritania expelled two Freedonian diplomats on Monday, the first expulsion of any Freedonian envoy since 1990": the
noun phrase after the comma, in apposition or hung by the parser on the telling verb as a second object, says what
the act was (the first since 1990), and its "any Freedonian envoy" is no count of its own. So is the complement of
"be" whose subject refers back to the act: a relative ("..., which was the first expulsion of ...") on the telling
clause, or in the next sentence a pronoun or a definite noun of an act ("It was the first expulsion of a Freedonian
envoy since 1990", "The move was ..."; patterns/grammar.json characterising_subjects). A verb of marking says the same as
"be" (grammar.json marking_verbs), its object the act told: a participle clause after a comma ("..., marking the first
expulsion of a Freedonian envoy since 1990", "representing the largest expulsion of ..."), a relative on a noun of an
act ("in a move that marked ..."), or "The move marked ..." in the next sentence; so does "what" under a preposition
("in what was the first expulsion ...", "in what is believed to be ..."). An act told inside the phrase
("the first expulsion since Graustark expelled three Freedonian diplomats in 1990") is its own trigger and stays."""
from __future__ import annotations

from transforms.expulsions.parse_words import PATTERNS, normalise

_SUBJECTS = frozenset(PATTERNS["characterising_subjects"])
_PRONOUNS = frozenset({"it", "this", "that", "which"})
_DEFINITE = frozenset({"the", "this", "that", "its", "their"})
_APPOSED = frozenset({"appos", "dobj", "npadvmod"})
_MARKING = frozenset(PATTERNS["marking_verbs"])


def characterises(doc, i: int, told_here: set, told_before: bool) -> bool:
    """Is the noun trigger at doc[i] a phrase that characterises an expulsion told just before it: one told by a
    trigger of the same sentence at an index in `told_here` that the phrase hangs under, or (`told_before`) by the
    sentence just before, when the phrase is the complement of "be" whose subject refers back?"""
    if doc is None or i >= len(doc):
        return False
    tok = doc[i]
    if tok.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ in ("det", "poss") for c in tok.children):
        return False   # "the first expulsion", "its first such expulsion": a phrase that names one act
    if tok.dep_ == "attr" and tok.head.lemma_ == "be" or tok.dep_ == "dobj" and tok.head.lemma_ in _MARKING:
        return _told_was(doc, tok.head, told_here, told_before)
    left = tok.left_edge.i
    return tok.dep_ in _APPOSED and left > 0 and doc[left - 1].text == "," and _under_told(tok, told_here)


def _told_was(doc, verb, told_here: set, told_before: bool) -> bool:
    """Does verb, "be" or a verb of marking, say what the act told was? A participle clause after a comma
    ("..., marking the first expulsion ..."), a clause whose subject refers back: a relative on the act or on a
    noun of an act ("..., which was ...", "in a move that marked ..."), "what" under a preposition ("in what was
    the first expulsion ..."), or, in the next sentence, "It was ...", "The move marked ..."."""
    subject = _subject(verb)
    while subject is None and verb.dep_ == "xcomp":   # "in what is believed to be the largest expulsion ..."
        verb = verb.head
        subject = _subject(verb)
    if subject is None:
        left = verb.left_edge.i
        return verb.dep_ == "advcl" and verb.tag_ == "VBG" and left > 0 and doc[left - 1].text == "," and \
            _under_told(verb, told_here)
    word = normalise(subject.text)
    if word == "what":   # a free relative: "in what was the first expulsion ..."
        return verb.dep_ == "pcomp" and _under_told(verb, told_here)
    if not _refers_back(subject):
        return False
    if verb.dep_ == "ROOT":
        return told_before and word != "which"
    if verb.dep_ == "relcl" and verb.lemma_ != "be" and not (verb.head.i in told_here or
                                                              normalise(verb.head.text) in _SUBJECTS):
        return False   # "a crisis that marked the first expulsion ...": the relative names the crisis
    return _under_told(verb, told_here)   # "..., which was the first expulsion of ..."


def _subject(verb):
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _refers_back(subject) -> bool:
    """"it", "this", "which", or a definite noun of an act ("the move", "this step", "the expulsion")."""
    word = normalise(subject.text)
    if word in _PRONOUNS:
        return True
    return word in _SUBJECTS and any(c.dep_ in ("det", "poss") and normalise(c.text) in _DEFINITE
                                     for c in subject.children)


def _under_told(tok, told_here: set) -> bool:
    """Does a trigger that told an expulsion before tok stand above it in the parse?"""
    return any(a.i in told_here and a.i < tok.i for a in tok.ancestors)
