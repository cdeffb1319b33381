"""Verbs that are expulsions by their phrase, not by their lemma: an idiom's object ("showed the envoy the door",
"gave him his marching orders"), a thing taken away ("stripped the ambassador of his accreditation") and a stay
denied ("will no longer be permitted to remain").

The idioms, deprivations and verbs of staying, permitting and barring are patterns/grammar.json's (read by
parse_words). triggers_parse.find_triggers asks these functions whether a verb is a trigger, arguments_expel who
is expelled, and modality which negation belongs to the denied stay.
"""
from __future__ import annotations

from transforms.expulsions.lexicon import TIME_WORDS
from transforms.expulsions.parse_words import (BARRING, DEPRIVATIONS, PATTERNS, PERMIT, STAY, _prep_objects, lemma,
                                               normalise)

IDIOMS = PATTERNS["expulsion_idioms"]   # "gave him his marching orders", "was shown the door": object -> verb
IDIOM_WITH_VERBS = frozenset(PATTERNS["expulsion_idiom_with_verbs"])   # "served the envoy with his walking papers"
IDIOM_RECIPIENTS = PATTERNS["expulsion_idiom_recipients"]   # "served walking papers on the ambassador": idiom -> preps


def idiom_object(verb):
    """The object that makes `verb` an expulsion idiom ("showed the envoy the door"; also as the parser may
    hang it, in apposition to the person), or None."""
    verbs = {lemma(verb), verb.lemma_.lower()}
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    people = objects + [c for c in verb.children if c.dep_ == "dative"]   # "gave four Soviets the heave-ho": the
    served = [o for h in [verb] + objects for _, o in _prep_objects(h, "with")] if verbs & IDIOM_WITH_VERBS else []
    for c in objects + [a for o in people for a in o.children if a.dep_ == "appos"] + served:   # idiom hung on the
        words = idiom_words(c)   # people; "served the envoy with his walking papers": after "with"
        literal = any(t.dep_ == "prep" and normalise(t.text) not in ["by", *IDIOM_RECIPIENTS.get(words, ())]
                      for t in c.children)   # "the door to the garden"; not "served walking papers on the envoy"
        if verbs & set(IDIOMS.get(words, ())) and not literal:
            return c
    return None


def idiom_words(noun) -> str:
    """The words of an idiom's object as expulsion_idioms holds them: the noun and the compounds and adjectives on it
    ("his walking papers": "walking papers"), not those of a phrase after it ("... on the Freedonian envoy")."""
    words, todo = [noun], [noun]
    while todo:
        todo += [c for c in todo.pop().children if c.dep_ in ("compound", "amod")]
        words += [c for c in todo if c not in words]
    return " ".join(normalise(t.text) for t in sorted(words, key=lambda t: t.i))


def idiom_recipient(verb, idiom):
    """The person an expulsion idiom is given or served to after a preposition of expulsion_idiom_recipients, hung on
    the verb or on the idiom ("gave marching orders to three diplomats", "served walking papers on the ambassador");
    never a time ("on Monday"); or None."""
    preps = IDIOM_RECIPIENTS.get(idiom_words(idiom), ("to",))
    return next((o for _, o in _prep_objects(verb, *preps) + _prep_objects(idiom, *preps)
                 if normalise(o.text) not in TIME_WORDS and not o.like_num), None)


def deprived_of(verb):
    """The thing `verb` takes from its object or passive subject that makes it an expulsion ("stripping
    Freedonia's ambassador of his accreditation", "were stripped of their accreditation"; the parser hangs
    "of ..." on the verb or on the person), or None."""
    verbs = {lemma(verb), verb.lemma_.lower()}
    holders = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    for h in holders:
        for p in h.children:
            if p.dep_ != "prep" or normalise(p.text) != "of":
                continue
            for thing in p.children:
                words = " ".join(normalise(t.text) for t in thing.subtree if t.dep_ in ("compound", "amod") or t == thing)
                if thing.dep_ == "pobj" and verbs & set(DEPRIVATIONS.get(words, ())):
                    return thing
    return None


def denied_stay(verb):
    """The verb of permitting denied, or of barring, that makes staying leaving ("will no longer be permitted to
    remain in this country", "would not be allowed to stay", "will not allow them to return", "barred nine others
    from returning"; patterns/grammar.json stay_verbs, permit_verbs, barring_verbs): the denial is the order to
    go. None when the permission is not denied ("were allowed to remain": no one goes)."""
    gov = verb.head
    if lemma(verb) in STAY and verb.dep_ == "pcomp" and normalise(gov.text) == "from" and lemma(gov.head) in BARRING:
        return gov.head   # "barred nine others from returning to the country"
    infinitive = verb.dep_ == "xcomp" or verb.dep_ == "ccomp" and any(
        c.dep_ == "aux" and normalise(c.text) == "to" for c in verb.children)   # "will not allow them to remain"
    if not infinitive or lemma(verb) not in STAY or lemma(gov) not in PERMIT:
        return None
    for c in gov.children:
        if c.dep_ == "neg" or (c.dep_ == "advmod" and normalise(c.text) == "never"):
            return gov
        if c.dep_ == "advmod" and normalise(c.text) == "longer" and any(
                n.dep_ == "neg" or normalise(n.text) == "no" for n in c.children):
            return gov   # "no longer"
    return None


def denial_of(verb):
    """The word whose negation denies the stay (`denied_stay`): the verb of permitting ("will no longer be
    permitted to remain"); None for a bar ("barred them from returning": no negation). A negation anywhere else
    is the sentence's own ("did not bar them")."""
    return verb.head if lemma(verb) in STAY and lemma(verb.head) in PERMIT else None
