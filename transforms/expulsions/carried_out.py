"""An expulsion noun that a clause of condition says is still to be carried out (modality.modality_of).

    carried_out_on_condition(noun) -> bool

A noun is presupposed ("If Freedonia's expulsion of two diplomats was meant as a warning, it failed": the expulsion
happened), but not as the object of a verb that carries the act out inside a clause of "if" or "unless"
(or "whether", "lest": told.CONDITION_MARKS) ("Ruritania vowed to expel two Freedonian diplomats if Freedonia went ahead with the expulsion of Ruritanian
envoys", "unless Freedonia decides to carry out the expulsion of ..."): that clause says the act may yet be done
(patterns/grammar.json carrying_out_verbs, each with the words that must stand on it: "go ahead", "carry out").
"""
from __future__ import annotations

from transforms.expulsions.parse_words import PATTERNS, lemma, normalise
from transforms.expulsions.told import CONDITION_MARKS

CARRYING_OUT = {verb: frozenset(words) for verb, words in PATTERNS["carrying_out_verbs"].items()}


def carrying_out_verb(noun):
    """The verb that carries out the act the noun names: the noun its object ("carried out the expulsion of",
    "implements the expulsion") or the object of its "with" ("went ahead with the expulsion of"), the verb one of
    carrying_out_verbs with one of its words on it ("ahead", "out"); else None."""
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and normalise(noun.head.text) == "with" and noun.head.dep_ == "prep":
        verb = noun.head.head
    else:
        return None
    known = [CARRYING_OUT[w] for w in (lemma(verb), verb.lemma_.lower()) if w in CARRYING_OUT]   # (the table's
    if not known or verb.pos_ not in ("VERB", "AUX"):   # lemma or the parser's: "went", "implements")
        return None
    words = known[0]
    if words and not any(c.dep_ in ("prt", "advmod", "prep") and normalise(c.text) in words for c in verb.children):
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
