"""The expulsion a state answers: done, whatever is said of the answer (modality.modality_of).

    answered_act(noun) -> bool      a definite one: done
    answered_kind(noun) -> bool     "any", "every", "further" one: still to come
    answers_after_their_acts(readings) -> readings   "responded in kind after X expelled ...": the act first

"decided not to retaliate for the expulsion of five more American diplomats", "has not responded to Peru's
expulsion of three Chilean diplomats", "would respond to the expulsion of two US diplomats": what is (or is not, or
would be) answered is an expulsion already done. Only a definite one ("the", "this", a possessive: "Peru's", "its")
after "to", "for" or "against" on a verb of answering (patterns/grammar.json "in_kind_verbs"); "the planned
expulsion" is told as not done before this is asked. "will respond to any expulsion of its diplomats", "would
retaliate against further expulsions" answer none yet: a kind of act still to come (hypothetical).
"""
from __future__ import annotations

from transforms.expulsions.parse_words import IN_KIND, lemma, normalise

_DEFINITE = {"the", "this", "that", "these", "those"}


_ANY = {"any", "every", "further", "future"}


def _answered(noun) -> bool:
    """Is the noun the object of "to/for/against" on a verb of answering?"""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or normalise(noun.head.text) not in ("to", "for", "against"):
        return False
    verb = noun.head.head
    return verb.pos_ in ("VERB", "AUX") and lemma(verb) in IN_KIND


def answered_act(noun) -> bool:
    """Is the expulsion noun the definite object of "to/for/against" on a verb of answering?"""
    return _answered(noun) and any(c.dep_ == "poss" or (c.dep_ == "det" and normalise(c.text) in _DEFINITE)
                                   for c in noun.children)


def answered_kind(noun) -> bool:
    """Is the expulsion noun, with "any", "every", "further" or "future" and no definite word, what a verb of answering
    answers ("will respond to any expulsion of its diplomats")?"""
    return _answered(noun) and any(c.dep_ in ("det", "amod") and normalise(c.text) in _ANY for c in noun.children)


def answers_after_their_acts(readings: list) -> list:
    """(sentence, reading) pairs with each answer in kind ("Freedonia responded in kind on Tuesday after Ruritania
    expelled six of its diplomats", a `mirror` reading) put after the other readings of its sentence, so that the
    act its sentence tells after it is told before it is turned round (story.py); the order is otherwise kept."""
    out = []
    for k, r in readings:
        if out and not r.mirror:
            at = len(out)
            while at > 0 and out[at - 1][0] == k and out[at - 1][1].mirror:
                at -= 1
            out.insert(at, (k, r))
        else:
            out.append((k, r))
    return out
