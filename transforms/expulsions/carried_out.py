"""An expulsion noun that a clause of condition says is still to be carried out (modality.modality_of).

    carried_out_on_condition(noun) -> bool
    course_carried_out(tok) -> verb or None

A course carried out ("carried out its threat to expel", "made good on its threat to expel", "followed through on its
pledge to expel", "went ahead with its plan to expel", "Ruritania's threat to expel ... was carried out": patterns/
grammar.json carried_courses; "threatened to expel two Freedonian diplomats and carried out the threat": a verb of
course_verbs, and a bare course noun carried out by a verb joined to it) tells its act as the verb of carrying it out
is told (course_carried_out; modality.modality_of).

A noun is presupposed ("If Freedonia's expulsion of two diplomats was meant as a warning, it failed": the expulsion
happened), but not as the object of a verb that carries the act out inside a clause of "if" or "unless"
(or "whether", "lest": told.CONDITION_MARKS) ("Ruritania vowed to expel two Freedonian diplomats if Freedonia went ahead with the expulsion of Ruritanian
envoys", "unless Freedonia decides to carry out the expulsion of ..."): that clause says the act may yet be done
(patterns/grammar.json carrying_out_verbs, each with the words that must stand on it: "go ahead", "carry out").
"""
from __future__ import annotations

from transforms.expulsions.futures import MODALS
from transforms.expulsions.parse_words import HYPOTHETICAL, NEGATED, PATTERNS, lemma, normalise
from transforms.expulsions.told import CONDITION_MARKS

CARRYING_OUT = {verb: frozenset(words) for verb, words in PATTERNS["carrying_out_verbs"].items()}
CARRIED_COURSES = frozenset(PATTERNS["carried_courses"])
COURSE_VERBS = frozenset(PATTERNS["course_verbs"])


def carrying_out_verb(noun):
    """The verb that carries out the act the noun names: the noun its object ("carried out the expulsion of",
    "implements the expulsion") or the object of its "with" ("went ahead with the expulsion of"; of a course, also of
    its "on": "followed through on its pledge", "made good on its threat"), the verb one of carrying_out_verbs with one
    of its words on it ("ahead", "out", "good"); else None."""
    preps = ("with", "on") if lemma(noun) in CARRIED_COURSES else ("with",)
    if noun.dep_ == "dobj" or noun.dep_ == "nsubjpass" and lemma(noun) in CARRIED_COURSES:
        verb = noun.head   # ("Ruritania's threat to expel two Freedonian diplomats was carried out on Friday")
    elif noun.dep_ == "pobj" and normalise(noun.head.text) in preps and noun.head.dep_ == "prep":
        verb = noun.head.head
    else:
        return None
    known = [CARRYING_OUT[w] for w in (lemma(verb), verb.lemma_.lower()) if w in CARRYING_OUT]   # (the table's
    if not known or verb.pos_ not in ("VERB", "AUX"):   # lemma or the parser's: "went", "implements")
        return None
    words = known[0]
    if words and not any(c.dep_ in ("prt", "advmod", "prep", "oprd", "acomp") and normalise(c.text) in words for c in verb.children):
        return None
    return verb


def carried_out_on_condition(noun) -> bool:
    """Is the noun the act a verb of carrying it out (carrying_out_verb) tells inside a clause opened by "if", "unless",
    "whether" or "lest" (the mark on that verb, or on the verb whose infinitive it is: "if Freedonia decides to carry out")?"""
    verb = carrying_out_verb(noun)
    for _ in range(3):
        if verb is None:
            return False
        if any(c.dep_ == "mark" and normalise(c.text) in CONDITION_MARKS for c in verb.children):
            return True
        verb = verb.head if verb.dep_ == "xcomp" and verb.head != verb else None
    return False


def course_carried_out(tok):
    """The verb that carries out the course (carried_courses) whose act the trigger is: the trigger the course's
    infinitive ("its threat to expel") or the object of its "of" ("its threat of expulsion"), the course the object of
    a verb of carrying it out (carrying_out_verb: "carried out its threat", "made good on its threat"); else None."""
    if tok.dep_ == "acl" and tok.head != tok:
        course = tok.head
    elif tok.dep_ == "pobj" and normalise(tok.head.text) == "of" and tok.head.dep_ == "prep":
        course = tok.head.head
    elif tok.dep_ == "xcomp" and tok.pos_ in ("VERB", "AUX") and tok.head.pos_ in ("VERB", "AUX") and \
            (lemma(tok.head) in COURSE_VERBS or tok.head.lemma_.lower() in COURSE_VERBS):
        return _joined_carrying(tok)
    else:
        return None
    if course.pos_ != "NOUN" or lemma(course) not in CARRIED_COURSES:
        return None
    return carrying_out_verb(course)


def _joined_carrying(tok):
    """"Ruritania threatened to expel two Freedonian diplomats and carried out the threat": a verb joined to the
    infinitive of expelling (or to the verb of the course) that carries out a bare course noun ("the threat", "its
    plan": no infinitive or "of" of its own); else None."""
    for verb in [c for c in tok.children if c.dep_ == "conj"] + [c for c in tok.head.children if c.dep_ == "conj"]:
        for noun in verb.subtree:
            if noun.pos_ == "NOUN" and lemma(noun) in CARRIED_COURSES and carrying_out_verb(noun) == verb and \
                    not any(c.dep_ in ("acl", "prep", "relcl") for c in noun.children):
                return verb
    return None


def joined_doubt(carrying, tok):
    """How a carrying out the parser joined to the infinitive of expelling ("threatened to expel two Freedonian
    diplomats and carried out the threat", with "carried" a conjunct of "expel") is told by its own arcs, which
    modality.modality_of cannot climb to (it would reach the threat): "but did not carry out the threat", "never
    carried out the threat" negated, "could carry out the threat" hypothetical; "" if neither, None if the carrying
    out is not so joined (then its own clause tells it)."""
    if carrying.dep_ != "conj" or carrying.head != tok:
        return None
    if any(c.dep_ == "neg" or normalise(c.text) == "never" and c.dep_ in ("advmod", "neg") for c in carrying.children):
        return NEGATED
    if any(c.dep_ == "aux" and normalise(c.text) in MODALS for c in carrying.children):
        return HYPOTHETICAL
    return ""


def course_carrier(tok):
    """Who carries out the course the trigger is the act of ("Ruritania carried out its threat to expel", "Ruritania
    refused to carry out its threat to expel"): the subject of the verb of carrying it out, or of the verb whose
    infinitive that is; else None."""
    verb = course_carried_out(tok)
    for _ in range(2):
        if verb is None:
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
        verb = verb.head if verb.dep_ == "xcomp" and verb.head != verb else None
    return None
