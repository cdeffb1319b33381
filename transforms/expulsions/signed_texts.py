"""A text that acts, and the one who signed or issued it: "The decree, signed by the Ruritanian president, expels 45
Freedonian diplomats" (the president's state expels).

    signer(noun) -> the "by" agent of the participle on the noun, or None

The noun is one of a decision or an order (decisions.DECIDING_NOUNS: "decree", "order", "resolution") or a
document a government hands over (patterns/grammar.json document_nouns: "note", "letter"), and the participle one by
which a text is made one's own (patterns/grammar.json order_issuers and "adopt", "approve", "pass": "signed",
"issued", "approved by"). A text read or received by someone ("a note received by the Freedonian embassy") names no
one who acts. Read by expellers.read_actor when the text is the subject of the act and names no state itself.
"""
from __future__ import annotations

from transforms.expulsions.parse_words import PATTERNS, lemma, normalise
from transforms.expulsions.decisions import DECIDING_NOUNS

_TEXTS = DECIDING_NOUNS | frozenset(PATTERNS["document_nouns"])
_MAKING = frozenset(PATTERNS["order_issuers"]) | {"adopt", "approve", "pass", "promulgate"}


def signer(noun):
    """The one who signed or issued the text `noun` ("The decree, signed by the Ruritanian president": the
    president), from the participle on it and its "by" agent; None when the noun is no text or no such agent."""
    if noun is None or noun.pos_ != "NOUN" or normalise(noun.text) not in _TEXTS:
        return None
    for participle in noun.children:
        if participle.dep_ != "acl" or participle.tag_ != "VBN":
            continue
        if participle.lemma_.lower() not in _MAKING and lemma(participle) not in _MAKING:
            continue
        for agent in participle.children:
            if agent.dep_ == "agent" or (agent.dep_ == "prep" and normalise(agent.text) == "by"):
                objects = [o for o in agent.children if o.dep_ == "pobj"]
                if objects:
                    return objects[0]
    return None
