"""The people "its" names after a sentence in which a state shuts another state's mission (story.py).

    its_people(span, states) -> bool                          "All its diplomats", "Its staff" (not "its own")
    bare_mission_people(span, states) -> bool                 "the embassy's staff", "the staff of the embassy"
    mission_shut_before(span, states) -> (whose, actor) | None  the one mission the sentence shuts, and who shuts it

"Ruritania closed the Freedonian embassy on Monday. All its diplomats were ordered to leave within 72 hours":
"its" is the embassy, its people are Freedonia's, and the state that shut it sends them away; so with "The embassy's
staff were ordered to leave". Only when the
sentence before names one mission, of one named state, shut by another named state (patterns/grammar.json
closing_verbs, closing_nouns): a state shutting its own mission ("Freedonia closed its embassy in Ruritania")
or a mission that closes with no one closing it, or two missions, leave the people's state untold.
"""
from __future__ import annotations

from typing import Optional

from transforms.expulsions.parse_words import PATTERNS, States, lemma, normalise
from transforms.expulsions.people import _is_personnel, _mission_word, diplomatic
from transforms.expulsions.phrase_states import state_of_phrase
from transforms.expulsions.whose_people import _whose

CLOSING_VERBS = frozenset(PATTERNS["closing_verbs"])
CLOSING_NOUNS = frozenset(PATTERNS["closing_nouns"])


def _lemma_in(tok, words: frozenset) -> bool:
    return lemma(tok) in words or tok.lemma_.lower() in words


def its_people(span, states: States) -> bool:
    """Whether the sentence names people by "its" ("All its diplomats", "its staff"), and not as "its own"."""
    for t in span:
        if t.dep_ == "poss" and normalise(t.text) == "its":
            head = t.head
            own = any(c.dep_ == "amod" and normalise(c.text) == "own" for c in head.children)
            if not own and (_is_personnel(head, states) or diplomatic(head, states)):
                return True
    return False


def bare_mission_people(span, states: States) -> bool:
    """Whether the sentence names people by a mission with "the" and no state ("the embassy's staff", "the embassy
    staff", "the staff of the embassy"): the mission the sentence before told of."""
    for t in span:
        if not (_is_personnel(t, states) or diplomatic(t, states)):
            continue
        missions = [c for c in t.children if c.dep_ in ("poss", "compound") and _mission_word(normalise(c.text))] + \
            [o for c in t.children if c.dep_ == "prep" and normalise(c.text) == "of"
             for o in c.children if o.dep_ == "pobj" and _mission_word(normalise(o.text))]
        for m in missions:
            det = m if m.dep_ != "compound" else t   # ("the embassy staff": "the" on the people)
            if any(d.dep_ == "det" and normalise(d.text) == "the" for d in det.children) and \
                    m.tag_ not in ("NNS", "NNPS") and _whose(m, states)[0] in (None, f"@the:{normalise(m.text)}") and \
                    not any(states.at(d) for d in m.subtree):
                return True
    return False


def _shutter(mission):
    """The verb or noun of shutting the mission is the object of, and the clause's verb whose subject does it."""
    if mission.dep_ in ("dobj", "nsubjpass") and _lemma_in(mission.head, CLOSING_VERBS):
        return mission.head   # "closed the Freedonian embassy"
    if mission.dep_ == "pobj" and normalise(mission.head.text) == "of" and _lemma_in(mission.head.head, CLOSING_NOUNS):
        closing = mission.head.head   # "ordered the closure of the Freedonian embassy"
        return closing.head if closing.dep_ == "dobj" else None
    return None


def _subject_state(verb, states: States) -> Optional[str]:
    """The one named state that is the subject of the verb, or of the verb it is the complement of ("decided to
    close"), or the agent of its passive ("was closed by Ruritania")."""
    while verb is not None:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            subj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if subj is not None:
            if any(c.dep_ == "conj" for c in subj.children) or _is_personnel(subj, states) or diplomatic(subj, states):
                return None
            code = state_of_phrase(subj, states)
            return code if code is not None and not code.startswith("@") else None
        verb = verb.head if verb.dep_ in ("xcomp", "conj") and verb.head != verb else None
    return None


def mission_shut_before(span, states: States) -> Optional[tuple[str, str]]:
    """(whose mission, the state that shuts it) when the sentence names one mission, singular and of one named
    state, that another named state closes; None otherwise."""
    missions = [t for t in span if t.pos_ in ("NOUN", "PROPN") and _mission_word(normalise(t.text))
                and not (t.dep_ == "compound" and _mission_word(normalise(t.head.text)))]
    if len(missions) != 1:
        return None
    mission = missions[0]
    if mission.tag_ in ("NNS", "NNPS") or mission.dep_ == "conj" or any(c.dep_ == "conj" for c in mission.children):
        return None
    whose, host = _whose(mission, states)
    if whose is None or whose.startswith("@"):
        return None
    verb = _shutter(mission)
    actor = _subject_state(verb, states) if verb is not None else None
    if actor is None or actor == whose or host not in (None, actor):
        return None
    return whose, actor
