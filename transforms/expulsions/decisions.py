"""Whose decision an expulsion carries out, read from the parse: "X took the decision on the expulsion of ..."
(`decision_taking`, `decision_taker`), "by decision of the Ruritanian side", "by order of the government" (`decider`)
and a clause the parser hung on the decider (`decided_by`).

The state whose decision an infinitive right after it carries out ("Moscow's action to expel") is
parse_words._decision_before's.
"""
from __future__ import annotations

from transforms.expulsions.parse_words import _DECISIONS, _child, _clause_subject, lemma, normalise

_DECIDING = _DECISIONS | {"decree", "resolution", "instruction", "instructions", "orders"}
DECIDING_NOUNS = _DECIDING   # "the decision by X to expel", "by order of X": what X decides

_TAKEN = frozenset({"take", "make", "adopt", "reach"})   # verbs by which one takes a decision


def decision_taking(noun):
    """"X took the decision on the expulsion of ...", "X made a decision about the expulsion": the verb by which the
    decision the expulsion noun hangs on (by "on", "about", "regarding") is taken; else None."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or normalise(prep.text) not in ("on", "about", "regarding", "concerning"):
        return None
    decision = prep.head
    if normalise(decision.text) not in _DECIDING or decision.dep_ != "dobj" or \
            not {lemma(decision.head), decision.head.lemma_.lower()} & _TAKEN:
        return None
    return decision.head


def decision_taker(noun):
    """The subject of `decision_taking`: who took the decision on the expulsion."""
    verb = decision_taking(noun)
    return _clause_subject(verb) if verb is not None else None


def decider(agent):
    """"By decision of the Ruritanian side he is declared persona non grata", "by order of the government",
    "by Moscow's decision": the one whose decision an agent noun is; else the agent itself."""
    if agent is None or agent.pos_ not in ("NOUN", "PROPN") or normalise(agent.text) not in _DECIDING:
        return agent
    owner = _child(agent, "poss") or next((o for c in agent.children if c.dep_ == "prep" and normalise(c.text) == "of"
                                           for o in c.children if o.dep_ == "pobj"), None)
    return owner or agent


def decided_by(verb):
    """"By decision of the Ruritanian side he is declared as persona non grata": the parser may hang the clause, as
    if relative, on the decider; a clause with a subject of its own under "by decision of X" is X's act."""
    h = verb.head
    if verb.dep_ not in ("relcl", "acl") or _child(verb, "nsubj", "nsubjpass") is None or \
            normalise(_child(verb, "nsubj", "nsubjpass").text) in ("who", "which", "that"):
        return None
    of = h.head if h.dep_ == "pobj" else None
    noun = of.head if of is not None and normalise(of.text) == "of" else None
    if noun is not None and normalise(noun.text) in _DECIDING and normalise(noun.head.text) == "by":
        return h
    return None
