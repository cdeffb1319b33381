"""An expulsion a state protests over was done to that state's people, by the state the protest is made to.

    protested_over(noun) -> token or None
    protested_to(protest, states) -> token or None

"Ruritania protested to Freedonia over the expulsion of its ambassador", "lodged a protest with Freedonia against
the expulsion of two of its diplomats", "complained to Freedonia about the expulsion of its envoy": the expulsion
noun is the matter of a protest (patterns/grammar.json protest_verbs, protest_nouns, protest_matters). The one who
protests is the expelled side ("its" is the protester's: speakers.possessor), never the actor; the state the
protest is made to ("to", "with" on the protest or on the verb that lodges it) is who expelled them, where the
expulsion's own phrase names no one ("by X", "X's expulsion of" are read first: arguments._noun_arguments).
A protest made by summoning the envoy of a state ("summoned the Czech ambassador in Moscow to protest against the
expulsion of a Russian diplomat") is made to the envoy's state: it expelled them.
"""
from __future__ import annotations

from transforms.expulsions.parse_words import ENVOY_WORDS, FIRST_PERSON, States, _prep_objects, lemma, normalise, PATTERNS
from transforms.expulsions.phrase_states import state_of_phrase

PROTEST_VERBS = frozenset(PATTERNS["protest_verbs"])
PROTEST_NOUNS = frozenset(PATTERNS["protest_nouns"])
PROTEST_MATTERS = frozenset(PATTERNS["protest_matters"])


def _protest_noun(tok) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and normalise(tok.lemma_ or tok.text) in PROTEST_NOUNS


def protested_over(noun):
    """The protest whose matter the expulsion `noun` is: the verb ("protested over the expulsion"), the noun ("a
    protest against the expulsion") or the verb that lodges a protest noun ("lodged a protest over the expulsion",
    where the parser hangs the matter on the verb); else None."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or normalise(noun.head.text) not in PROTEST_MATTERS:
        return None
    head = noun.head.head
    if head.pos_ in ("VERB", "AUX") and (normalise(head.lemma_) in PROTEST_VERBS or lemma(head) in PROTEST_VERBS):
        return head
    if _protest_noun(head):
        return head
    if head.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and _protest_noun(c) for c in head.children):
        return head
    return None


def protested_to(protest, states: States):
    """The state a protest is made to: the object of "to" or "with" on the protest, on the protest noun the verb
    lodges, or on the verb that lodges the protest noun ("protested to Freedonia", "lodged a protest with
    Freedonia"); else None."""
    places = [protest] + [c for c in protest.children if c.dep_ == "dobj" and _protest_noun(c)]
    if _protest_noun(protest) and protest.dep_ == "dobj":
        places.append(protest.head)
    for place in places:
        for _, obj in _prep_objects(place, "to", "with"):
            code = state_of_phrase(obj, states)
            if code is not None and code != FIRST_PERSON and not code.startswith("@"):
                return obj
    return summoned_envoys_state(protest, states)   # "summoned the Czech ambassador to protest against ..."


def summoned_envoys_state(protest, states: States):
    """"The Russian Foreign Ministry summoned the Czech ambassador in Moscow to protest against the expulsion of a
    Russian diplomat": a protest that is the purpose of summoning a state's envoy is made to the envoy's state. The
    token naming that state ("Czech", "Prague's", "the ambassador of the Czech Republic"), or None: an envoy of no
    named state, a summoning of anyone else, or a protest that is no summons' purpose."""
    summon = protest.head if protest.dep_ in ("advcl", "xcomp") else None
    if summon is None or summon.pos_ not in ("VERB", "AUX") or not normalise(summon.text).startswith("summon"):
        return None
    envoy = next((c for c in summon.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if envoy is None or lemma(envoy) not in ENVOY_WORDS and normalise(envoy.text) not in ENVOY_WORDS:
        return None
    named = [t for t in envoy.lefts if t.dep_ in ("compound", "amod", "poss") and state_of_phrase(t, states)]
    named += [obj for _, obj in _prep_objects(envoy, "of") if state_of_phrase(obj, states)]
    named = [t for t in named if state_of_phrase(t, states) != FIRST_PERSON]
    return named[0] if len(named) == 1 else None
