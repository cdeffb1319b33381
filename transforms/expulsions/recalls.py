"""A state that recalls its envoy from another after "its" people were expelled: "Freedonia recalled its ambassador
from Ruritania after two of its (or two Freedonian) diplomats were expelled" tells Ruritania expelling two Freedonian diplomats, though
the passive names no one who expels. Read by grammar.read_sentence once the people are read. Also the verbs that
withdraw one's own people with a particle ("take her back"), which triggers_parse reads as "withdraw" does."""
from __future__ import annotations

from typing import Optional

from transforms.expulsions.parse_words import FIRST_PERSON, PATTERNS, THIRD_PERSON, _child, _passive, _prep_objects, \
    lemma, normalise
from transforms.expulsions.people import _is_personnel, diplomatic
from transforms.expulsions.phrase_states import state_of_phrase
from transforms.expulsions.trigger_facts import Expeller, People, Trigger

RECALL_VERBS = frozenset(PATTERNS["recall_verbs"])
GROUNDS_MARKS = frozenset(PATTERNS["recall_grounds_marks"])
POST_PREPS = tuple(PATTERNS["recall_post_prepositions"])
_WITHDRAW_PARTICLES = {verb: frozenset(parts) for verb, parts in PATTERNS["withdraw_particle_verbs"].items()}


def taken_back(tok, lem: str) -> bool:
    """"asked Islamabad to take her back", "to take back its envoy": a verb that, with its particle, withdraws one's
    own people as "withdraw" does (patterns/grammar.json withdraw_particle_verbs; read under a verb of asking only)."""
    parts = _WITHDRAW_PARTICLES.get(lem, frozenset())
    return any(c.dep_ in ("prt", "advmod") and normalise(c.text) in parts for c in tok.children)


def _named_state(code: Optional[str]) -> Optional[str]:
    return code if code is not None and code != FIRST_PERSON and not code.startswith("@") else None


def recalled_over(trigger: Trigger, expeller: Expeller, people: People) -> tuple[Expeller, People]:
    """(expeller, people), with "its" people the recalling state's (or its own by name: "two Freedonian diplomats") and the actor the state its envoy is recalled from,
    when the trigger is a passive of expelling with no one named who expels, in a clause of grounds (patterns/grammar.json
    recall_grounds_marks: "after", "because") on a recall verb (recall_verbs) whose subject is a state and whose object
    is its envoy or diplomats, posted in another named state ("from Ruritania", recall_post_prepositions). The clause
    must not send them from anywhere else ("expelled from the party"). Else both unchanged."""
    tok, states = trigger.tok, trigger.states
    if trigger.kind != "expel" or not _passive(tok) or people.whose is None or expeller.actor is not None \
            or expeller.aggregate or expeller.actor_tok is not None:
        return expeller, people
    if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and normalise(c.text) in GROUNDS_MARKS for c in tok.children):
        return expeller, people
    recall = tok.head
    if lemma(recall) not in RECALL_VERBS:
        return expeller, people
    subject, envoy = _child(recall, "nsubj"), _child(recall, "dobj")
    recaller = _named_state(state_of_phrase(subject, states)) if subject is not None else None
    if recaller is None or people.whose not in (THIRD_PERSON, recaller) or envoy is None or not (_is_personnel(envoy, states) or diplomatic(envoy, states)):
        return expeller, people
    posts = _prep_objects(recall, *POST_PREPS) + _prep_objects(envoy, *POST_PREPS)
    hosts = {_named_state(state_of_phrase(obj, states)) for _, obj in posts}
    if len(hosts) != 1 or None in hosts or recaller in hosts:
        return expeller, people
    host = hosts.pop()
    if any(_named_state(state_of_phrase(obj, states)) != host for _, obj in _prep_objects(tok, "from", "out")):
        return expeller, people   # "expelled from the party": sent from somewhere else than the post
    post = next(obj for _, obj in posts)
    return expeller._replace(actor=host, actor_tok=post), people._replace(whose=recaller)
