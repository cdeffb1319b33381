"""Who takes a decision told in the passive: "A decision to expel the Freedonian envoy was taken by Ruritania".

The "to" infinitive of expelling hangs on a noun of deciding (decisions.DECIDING_NOUNS: "decision", "decree",
"order") or on a proposal ("resolution", "motion": talk.py), and that noun is the passive subject of the verb that
takes, makes or adopts it: the verb's agent ("by Ruritania") decided the expulsion, as the subject of the active
verb does ("Ruritania took a decision to expel ..."). A noun of anything else ("a plan to expel ... was leaked by
Ruritania", "talks to expel ... were held") names no one who decides.
"""
from __future__ import annotations

from transforms.expulsions.parse_words import _prep_objects, lemma, normalise
from transforms.expulsions.decisions import DECIDING_NOUNS
from transforms.expulsions.talk import proposal_noun

_TAKING = frozenset({"take", "make", "adopt", "reach", "pass", "approve", "issue", "sign"})   # verbs by which a
# decision or a text is made one's own


def passive_agent(verb):
    """The "by" agent of a passive verb ("was adopted by Ruritania": Ruritania), else None."""
    agents = [obj for prep, obj in _prep_objects(verb, "by") if prep == "by"]
    return agents[0] if agents and any(c.dep_ == "auxpass" for c in verb.children) else None


def _deciding_noun(tok):
    """The noun of deciding or the proposal whose "to" infinitive the trigger is, else None."""
    proposal = proposal_noun(tok)
    if proposal is not None:
        return proposal
    if tok.dep_ == "acl" and any(c.dep_ == "aux" and normalise(c.text) == "to" for c in tok.children) and \
            tok.head.pos_ == "NOUN" and normalise(tok.head.text) in DECIDING_NOUNS:
        return tok.head
    return None


def passive_decider(tok):
    """"A decision to expel the Freedonian envoy was taken by Ruritania", "A resolution to expel ... was adopted by
    Ruritania": the agent of the passive verb of taking whose subject is the decision the trigger's infinitive
    carries out; else None."""
    noun = _deciding_noun(tok)
    if noun is None or noun.dep_ != "nsubjpass":
        return None
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX") or not {lemma(verb), verb.lemma_.lower()} & _TAKING:
        return None
    return passive_agent(verb)
