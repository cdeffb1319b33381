"""An act told as come near to but not done: "Ruritania almost expelled the ambassador", "nearly expelled two
diplomats in 2019", "came close to expelling him"; or as failed: "failed to expel", "Ruritania's failure to expel the
ambassador" (modality.py: negated).

    fell_short(verb) -> bool

The words are patterns/grammar.json near_miss_adverbs (on the verb of the act itself: "expelled almost 50 diplomats"
counts, the adverb is the number's) and near_miss_verbs ("come" with "close" or "near", the act a gerund or an
infinitive on it), and failing_words with the act their infinitive ("the talks had failed" governs no act).
"""
from __future__ import annotations

from transforms.expulsions.parse_words import PATTERNS, lemma, normalise

NEAR_ADVERBS = frozenset(PATTERNS["near_miss_adverbs"])
NEAR_VERBS = {verb: frozenset(words) for verb, words in PATTERNS["near_miss_verbs"].items()}
FAILING = frozenset(PATTERNS["failing_words"])


def fell_short(verb) -> bool:
    """Is the verb `verb` of an act told as almost done ("almost expelled", "came close to expelling") or as failed
    ("failed to expel", "the failure to expel")?"""
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ in ("xcomp", "acl") and lemma(verb.head) in FAILING and \
            any(c.dep_ == "aux" and normalise(c.text) == "to" for c in verb.children):
        return not any(c.dep_ == "neg" for c in verb.head.children)   # "failed to expel", "the failure to expel"
        # ("did not fail to expel" is left to the negation's scope)
    if any(c.dep_ == "advmod" and normalise(c.text) in NEAR_ADVERBS for c in verb.children):
        return True
    h = verb
    for _ in range(3):   # "came close to expelling": the gerund on "to", on "close", on "came"
        if h.dep_ not in ("pcomp", "pobj", "prep", "xcomp", "acomp", "advmod") or h.head == h:
            return False
        h = h.head
        words = NEAR_VERBS.get(lemma(h))
        if words is not None and h.pos_ in ("VERB", "AUX"):
            return any(normalise(t.text) in words for t in h.subtree if t.i < verb.i)
    return False
