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

    home_sent_to(tok, actor, states) -> str | None

The other way round, the place people are sent back or home to is their own state: "sent the ambassador back to
Fredville", "sent his counterpart in Strelsau home to Freedonia" name whose envoy is expelled where nothing else does.
"""
from __future__ import annotations

from typing import Optional

from transforms.expulsions.parse_words import PATTERNS, States, _child, _passive, _prep_objects, lemma, normalise
from transforms.expulsions.people import _mission
from transforms.expulsions.phrase_states import state_of_phrase

HOME_PARTICLES = frozenset(PATTERNS["own_recall_particles"])
SENDING_PARTICLES = PATTERNS["particle_verbs"]   # "send": home, packing, back; "order": out, home
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


def home_sent_to(tok, actor: Optional[str], states: States) -> Optional[str]:
    """The state the verb `tok` sends its people back or home to (a particle of own_recall_particles that is one of
    the verb's own in particle_verbs, then "to" a state or its capital: "sent the ambassador back to Fredville"),
    where it is not the sender `actor`'s own; else None."""
    own = HOME_PARTICLES & set(SENDING_PARTICLES.get(lemma(tok), ()))   # "send ... back", "order ... home"; not
    particles = [c for c in tok.children if c.dep_ in ("advmod", "prt", "npadvmod", "dobj") and c.i > tok.i and
                 normalise(c.text) in own]   # "deported from Egypt back to the UK": a deportee's way home
    if not particles:
        return None
    places = [obj for holder in [tok] + particles for _, obj in _prep_objects(holder, "to") if obj.i > particles[0].i]
    found = {hit[0] for obj in places for hit in (states.at(obj),) if hit is not None and hit[1] in ("state", "capital")}
    code = found.pop() if len(found) == 1 else None
    return code if code is not None and code != actor else None
