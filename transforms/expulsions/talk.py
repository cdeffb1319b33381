"""Words, no act. An expulsion only talked about: a gerund on "about" / "of" after a verb of talk or a word of loud talk
("talked tough about expelling the ambassador", "spoke of expelling him", "has been vocal about expelling the
envoy") is a course put into words, not one taken (modality.py: hypothetical). A perfect gerund ("spoke of
having expelled") tells it done; a noun ("talked about Britain's expulsion of 23 diplomats") names one done.
And one called for: "it is time to expel the ambassador", "now is the time to expel him" (a demand)."""
from __future__ import annotations

from transforms.expulsions.parse_words import PATTERNS, lemma, normalise

TALK_HEADS = frozenset(PATTERNS["talk_heads"])
_TALK_PREPS = ("about", "of", "on")


def talked_of(verb) -> bool:
    """Is the gerund `verb` (the trigger or its governing verb) what a verb or word of talk is about?"""
    if verb is None or verb.tag_ != "VBG" or verb.dep_ != "pcomp" or normalise(verb.head.text) not in _TALK_PREPS:
        return False
    if any(c.dep_ == "aux" and normalise(c.text) == "having" for c in verb.children):
        return False
    head = verb.head.head
    for _ in range(2):   # "talked tough about": the word of talk may hang on the verb
        if lemma(head) in TALK_HEADS:
            return True
        if head.dep_ not in ("acomp", "advmod") or head.head == head:
            return False
        head = head.head
    return False


def time_to_act(verb) -> bool:
    """Is the infinitive `verb` what "it is time to" or "now is the time to" calls for? The parser hangs it on the
    noun "time" or, beside it, on the copula."""
    if verb is None or not any(c.dep_ == "aux" and normalise(c.text) == "to" for c in verb.children):
        return False
    if verb.dep_ in ("relcl", "acl") and normalise(verb.head.text) == "time":
        return lemma(verb.head.head) == "be" and verb.head.dep_ in ("attr", "nsubj")
    return verb.dep_ == "xcomp" and lemma(verb.head) == "be" and \
        any(c.dep_ in ("attr", "nsubj") and normalise(c.text) == "time" for c in verb.head.children)
