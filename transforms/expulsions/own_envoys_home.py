"""A state that orders or sends "its" own envoy home recalls him: no one expels him.

    sends_own_home(tok, states) -> bool

"The Freedonian foreign ministry said it was ordering its envoy home", "Freedonia is sending its diplomats back":
a verb of sending or ordering with a particle that brings people back to their own state (patterns/grammar.json
own_recall_particles), whose people carry a possessive pronoun ("its", "their", "our") that agrees with the verb's own
subject (a state, a body of its government, or "it"/"they"/"we" standing for one), tells a recall; the state they
leave has expelled no one. Only with no other state, nationality or mission named between the subject and the
possessive, which "its" could then be ("Ruritania said the Freedonian embassy was ordering its staff home"); a verb
with no subject of its own ("closed the Freedonian embassy and ordered its staff home": the host's order), a passive
and a named owner ("sent the Freedonian envoy home") stay as they were.
"""
from __future__ import annotations

from transforms.expulsions.parse_words import PATTERNS, States, _child, _passive, normalise
from transforms.expulsions.people import _mission
from transforms.expulsions.phrase_states import state_of_phrase

HOME_PARTICLES = frozenset(PATTERNS["own_recall_particles"])
_OWNER_PRONOUNS = {"its": "it", "their": "they", "our": "we"}


def _owner_pronoun(verb):
    """The first possessive pronoun in the verb's object phrase ("its envoy", "two of their diplomats"; the parser's
    "its envoy home" with "home" as the object), or None."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for t in obj.subtree:
            if t.dep_ == "poss" and normalise(t.text) in _OWNER_PRONOUNS:
                return t
    return None


def _agrees(subject, owner, states: States) -> bool:
    """Is the possessive `owner` the subject's own: "it ... its", "they ... their", "we ... our", or a state (or
    a body of its government) and "its" ("their" for a plural name)?"""
    word, pronoun = normalise(subject.text), _OWNER_PRONOUNS[normalise(owner.text)]
    if word in _OWNER_PRONOUNS.values():
        return word == pronoun
    if state_of_phrase(subject, states) is None:
        return False
    return pronoun == ("they" if subject.tag_ in ("NNS", "NNPS") else "it")


def sends_own_home(tok, states: States) -> bool:
    """Does the verb `tok` send or order home people its own subject owns by a possessive pronoun (a recall)?"""
    if _passive(tok) or not any(normalise(c.text) in HOME_PARTICLES for c in tok.children):
        return False
    subject, owner = _child(tok, "nsubj"), _owner_pronoun(tok)
    if subject is None or owner is None or owner.i < subject.i or not _agrees(subject, owner, states):
        return False
    between = tok.doc[subject.i + 1:owner.i]
    return not any(states.at(t) is not None or _mission(t) for t in between)
