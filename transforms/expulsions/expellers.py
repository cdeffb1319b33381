"""Who expels, read from the parse: the actor of one trigger, and whether it is one state or a sum over many.

    read_actor(trigger, actor_tok, place_actor) -> Expeller
    summed_over_states(trigger, expeller, expelled_tok, base) -> bool
    actor_from_context(trigger, expeller, whose, out) -> Expeller

(the records of trigger_facts.py: `Trigger`, the `Expeller` read so far).

Steps of grammar.read_sentence. `read_actor` turns the subject `_arguments` found into a state (a relative
pronoun's noun, "it" the ministry said, a coordination of states an aggregate), else the state a passive names
or the one they then left, and finds who speaks of it (the `voice`). Once the expelled side is read,
`summed_over_states` tells a sum over several states ("a total of", "together", "world wide", "from EU
countries") and `actor_from_context` gives an unnamed actor from the one who speaks, a pronoun's state told
before or the one who informs the envoy.
"""
from __future__ import annotations

from typing import Optional

from transforms.expulsions.anaphora import actor_anaphor, actor_earlier
from transforms.expulsions.subjects import relative_pronoun_subject
from transforms.expulsions.coordinated_people import group_of
from transforms.expulsions.gapping import own_agent_group
from transforms.expulsions.lexicon import JOINT_WORDS, STATE_PLURALS, worldwide_first
from transforms.expulsions.places import _left_after, fronted_state, out_of
from transforms.expulsions.people import (_is_personnel, diplomatic)
from transforms.expulsions.phrase_states import first_conjunct_subject, nationality_conjuncts, state_of_phrase
from transforms.expulsions.signed_texts import signer
from transforms.expulsions.sums import compared_total, placed_in_many_states, told_as_a_sum
from transforms.expulsions.speakers import informer, reporter, speaker, speech_subject
from transforms.expulsions.continued_acts import continues_act
from transforms.expulsions.parse_words import (ACT_BEFORE, BEFORE, FIRST_PERSON, GOVERNMENT_HEADS, STATE_BEFORE,
                                               PATTERNS, SERIES_NOUNS, THE, THIRD_PERSON, Reading, States, _passive,
                                               _prep_objects, normalise)
from transforms.expulsions.leave_orders import deadline_have
from transforms.expulsions.indefinite import indefinite_state
from transforms.expulsions.expelled_people import _named
from transforms.expulsions.trigger_facts import Expeller, Trigger


def _actor_group(actor, states: States) -> tuple[Optional[str], bool]:
    """(state, aggregate) of the actor phrase; several coordinated states are an aggregate. A common noun with one
    state in apposition is that state ("Ethiopia's neighbor, Sudan, expelled ...": Sudan, not Ethiopia)."""
    named = [c for c in actor.children if c.dep_ == "appos" and (states.at(c) or ("", ""))[1] == "state"]
    if actor.pos_ == "NOUN" and len(named) == 1:
        actor = named[0]
    codes = []
    for t in group_of(actor):
        if t != actor and (own_agent_group(t, states) or _is_personnel(t, states) and
                           any(c.dep_ == "nummod" for c in t.children)):
            continue   # "by Ruritania and 13 Syldavian diplomats (by Graustark)": another group of people, no co-actor
        if t != actor and _next_clause_subject(t):
            continue   # "were expelled by Ruritania and the Syldavian ambassador was summoned by Graustark"
        code = state_of_phrase(t, states)
        if code is not None:
            codes.append(code)
    if actor.pos_ == "NOUN" and actor.text.islower() and \
            normalise(actor.text) in ("countries", "nations", "states", "governments", "allies", "partners"):
        return None, True
    if indefinite_state(actor, states):   # "by a foreign government": one state, which not said
        return None, True
    if _states_at_once(actor, states):   # "the West expelled more than 100": many states, a sum
        return None, True
    if normalise(actor.text) in STATE_PLURALS and not any(normalise(c.text) == "united" for c in actor.children) and any(
            c.dep_ == "compound" and normalise(c.text) == "member" or c.dep_ == "nummod" and c.like_num
            for c in actor.children):
        return None, True   # "the decision of 14 EU Member States to expel": many states ("States" taken for a name)
    if any(t != actor and t.pos_ == "NOUN" and t.text.islower() and normalise(t.text) in STATE_PLURALS
           for t in group_of(actor)):
        return None, True   # "the United States and its allies have expelled more than 150": a sum
    distinct = list(dict.fromkeys(codes))
    if len(distinct) > 1 or len(nationality_conjuncts(actor, states)) > 1:   # "the Kuwaiti and Bahraini ministries"
        return None, True
    return (distinct[0] if distinct else None), False


def _next_clause_subject(t) -> bool:
    """A conjunct of the actor phrase that is the subject of the next clause, which the parser joined to the phrase:
    right after it the auxiliary of a later verb conjoined to another ("by Ruritania and the Syldavian ambassador was
    summoned by Graustark": "the Syldavian ambassador" is summoned, no co-actor)."""
    end = t.right_edge.i + 1
    if end >= len(t.doc):
        return False
    aux = t.doc[end]
    return aux.dep_ in ("aux", "auxpass") and aux.head.i > end and aux.head.dep_ == "conj" and \
        aux.head.pos_ in ("VERB", "AUX")


_COLLECTIVE = PATTERNS["collective_states"]


def _states_at_once(actor, states: States) -> bool:
    """Does the actor phrase name many states at once ("the West", "the Eastern bloc", "the international
    community", "the Western world"; patterns/grammar.json collective_states), no state of its own?"""
    needs = _COLLECTIVE.get(normalise(actor.text))
    if needs is None or states.at(actor) is not None:
        return False
    return not needs or any(c.dep_ in ("amod", "compound") and normalise(c.text) in needs for c in actor.children)


def _on_whole_list(noun, clause) -> bool:
    """Is the relative `clause` on the first of a list of coordinated nouns said after the whole list ("preceded
    by Mexico, Peru and Kuwait, who all kicked out their ambassadors"), as the parser hangs it, rather than on that
    first noun alone ("Ruritania, which expelled 21, and Freedonia, which expelled 4")?"""
    listed = group_of(noun)
    return len(listed) > 1 and clause.i > max(t.i for t in listed)


def read_actor(trigger: Trigger, actor_tok, place_actor) -> Expeller:
    """The actor of one trigger from the subject `_arguments` found (`actor_tok`) or the state a passive or a
    place names (`place_actor`), and the state of the one who speaks of it."""
    tok, kind, gov, states = trigger.tok, trigger.kind, trigger.gov, trigger.states
    actor, aggregate = (None, False)
    if actor_tok is not None and normalise(actor_tok.text) in ("which", "who", "that") and \
            actor_tok.head.dep_ == "relcl" and actor_tok.dep_ == "nsubj":
        clause = actor_tok.head
        actor_tok = clause.head   # "including Ruritania, which expelled 21": the noun the clause is on
        relative = not _on_whole_list(actor_tok, clause)   # "by A, B and C, who all expelled ...": the list's
    else:
        relative = False
    if actor_tok is not None and normalise(actor_tok.text) in ("it", "they"):
        actor_tok = reporter(actor_tok) or relative_pronoun_subject(actor_tok, states) or actor_tok
        # "the Foreign Ministry in Beijing said it had ordered"; "blamed the ambassador, whom it expelled"
    actor_tok = first_conjunct_subject(actor_tok)   # "The Lord Privy Seal called X ... and he asked him to leave"
    if actor_tok is not None and relative:   # "Ruritania, which expelled 21, and Freedonia, which ...": its own
        actor, aggregate = state_of_phrase(actor_tok, states), False
    if actor_tok is not None and actor is None:
        actor, aggregate = _actor_group(actor_tok, states)
    if actor is None and not aggregate and signer(actor_tok) is not None:
        actor, aggregate = _actor_group(signer(actor_tok), states)   # "The decree, signed by the Ruritanian
        # president, expels ...": the signer's state
    if actor is None and not aggregate:
        actor = place_actor
    if actor is None and not aggregate and actor_tok is None and kind == "noun":
        actor = fronted_state(tok, states)   # "In Indonesia, the expulsion of a Soviet official was marked by"
    left_state, left_here = _left_after(gov if gov is not None else tok, states)
    if actor is None and not aggregate and actor_tok is None:
        actor = left_state   # "were declared persona non grata, and they have now left the United Kingdom"
    clause = deadline_have(tok) if kind == "leave" and gov is None else \
        tok.head if kind == "png" and gov is None and tok.dep_ in ("acomp", "attr") else None   # its copula
    voice = speaker(tok, states) or (speaker(gov, states) if gov is not None else None) or \
        (speaker(clause, states) if clause is not None else None)   # "said the envoy had 48 hours to leave"
    if actor == FIRST_PERSON and voice:
        actor = voice
    return Expeller(actor, aggregate, actor_tok, left_here, clause, voice, place_actor)


def in_a_series(tok, expelled_tok) -> bool:
    """Is the expulsion (the trigger, or the people it names) what "of" tells on a noun of many acts one after another
    ("the latest in a wave of Russian diplomats being expelled", "a spate of expulsions of Western diplomats";
    patterns/grammar.json series_nouns)?"""
    for t in (tok, expelled_tok, tok.head if tok.dep_ in ("acl", "relcl") else None):
        if t is not None and t.dep_ in ("pobj", "pcomp") and normalise(t.head.text) == "of" and \
                t.head.head.lemma_.lower() in SERIES_NOUNS:
            return True
    return False


def summed_over_states(trigger: Trigger, expeller: Expeller, expelled_tok, base) -> bool:
    """Is the expulsion a sum over several states ("a total of", "together", "world wide", "from EU countries",
    "diplomats from 23 countries")? `expeller.aggregate` as read_actor found it, else True when the sentence tells
    a sum (`expelled_tok`, `base`: the expelled noun and the token its count was read from)."""
    tok, kind, span = trigger.tok, trigger.kind, trigger.span
    actor, actor_tok, aggregate, place_actor = expeller.actor, expeller.actor_tok, expeller.aggregate, \
        expeller.place_actor
    one_state = actor is not None and not aggregate and (actor_tok is not None or actor == place_actor)
    if told_as_a_sum(tok, actor_tok, span, by_one_state=one_state):   # "a total of 14 ... expelled from X": X's own
        aggregate = True   # "The European Union as a whole expelled more than 30": a sum
    if any(c.dep_ == "advmod" and normalise(c.text) in JOINT_WORDS and not _prep_objects(c, "with")
           for c in tok.children):
        aggregate = True   # "the 27 members have together expelled more than 400": one sum over several states
    if kind == "expel" and actor_tok is None and worldwide_first(normalise(t.text) for t in tok.doc[tok.i + 1:tok.i + 5]):
        aggregate = True   # "30 Soviet representatives were expelled world wide in 1981": every state's, a sum
    if kind == "expel" and actor is None and any(
            obj.text.islower() and normalise(obj.text) in STATE_PLURALS for _, obj in _prep_objects(tok, "from", "by")
            + out_of(tok)):
        aggregate = True   # "400 diplomats have been expelled from EU countries", "ordered out of Western countries"
    if actor_tok is None and expelled_tok is not None and expelled_tok.i < tok.i and placed_in_many_states(expelled_tok):
        aggregate = True   # "Around 400 Russian officers, half of all those active in Europe, have been expelled"
    if actor_tok is None and in_a_series(tok, expelled_tok):
        aggregate = True   # "the latest in a wave of Russian diplomats being expelled": many states' acts, a sum
    if compared_total(expelled_tok):
        aggregate = True   # "has expelled fewer Freedonian diplomats than any other state": totals compared
    origins = _prep_objects(base, "from", "of") if expelled_tok is not None else []
    origins += _prep_objects(tok, "from") if kind == "expel" and actor is not None and not _passive(tok) else []
    if any(obj.text.islower() and normalise(obj.text) in STATE_PLURALS for _, obj in origins):
        aggregate = True   # "expels 59 diplomats from 23 countries": the people of many states, a sum
    return aggregate


def actor_from_context(trigger: Trigger, expeller: Expeller, whose, out: list[Reading]) -> Expeller:
    """`expeller` with its actor and actor_tok once whose people they are (`whose`) is known: an unnamed actor from
    the one who speaks (`voice`), a pronoun's state this sentence or the one before is about (`out`: the readings
    of the sentence so far), or the one who informs the envoy ("the Ministry handed a note ... informing him
    that")."""
    tok, gov, states = trigger.tok, trigger.gov, trigger.states
    actor, actor_tok, aggregate, voice, clause = expeller.actor, expeller.actor_tok, expeller.aggregate, \
        expeller.voice, expeller.clause
    if actor is None and not aggregate and voice and whose not in (None, FIRST_PERSON, THIRD_PERSON, voice) \
            and (not whose.startswith("@") or whose.startswith(THE)) \
            and (actor_tok is None or normalise(actor_tok.text) in GOVERNMENT_HEADS):
        actor = voice   # "the government expelled ..., Bolivia's foreign minister said"; "... would be expelled";
        # "The Ruritanians said the ambassador must leave": the envoy named before (story.py says whose)
    if actor is None and not aggregate and actor_tok is not None and actor_anaphor(actor_tok, states):
        actor = actor_earlier(actor_tok, out, states) or _named(voice) or STATE_BEFORE   # "It ordered him to leave": the
        # state this sentence (its expulsion before the pronoun) or else the sentence before is about
    teller = informer(gov if gov is not None else clause or tok) if actor is None and actor_tok is None else None
    if teller is not None and (_is_personnel(teller, states) or diplomatic(teller, states)) and \
            not _of_other_state(teller, whose, states):
        teller = None   # "the ambassador told X that two of his staff had been declared ...": the expelled side (not
        # "The Ruritanian Foreign Minister informed the Freedonian ambassador that ...": a state's own, of another)
    if teller is not None and not aggregate and state_of_phrase(teller, states) not in (None, FIRST_PERSON, whose):
        actor, actor_tok = state_of_phrase(teller, states), teller
    elif teller is not None and not aggregate and actor_anaphor(teller, states):
        actor, actor_tok = STATE_BEFORE, teller   # "Today the Ministry handed a note ... informing him that"
    if actor is None and not aggregate and actor_tok is None and voice is None \
            and whose not in (None, FIRST_PERSON, THIRD_PERSON) and (not whose.startswith("@") or whose == THE + BEFORE):
        said_by = speech_subject(gov if gov is not None else tok)
        if said_by is not None and actor_anaphor(said_by, states):
            actor = STATE_BEFORE   # "Norway said ... All five were expelled on Thursday, the ministry said"
    if actor is None and not aggregate and actor_tok is None and voice is None and continues_act(gov or tok) and \
            whose not in (None, FIRST_PERSON, THIRD_PERSON) and not whose.startswith("@"):
        actor = ACT_BEFORE   # "Ruritania expelled two Freedonian diplomats. A Graustarkian attache was also asked
        # to leave": the act the sentence before told, by its state (story: continued_acts.actors_continued)
    return expeller._replace(actor=actor, actor_tok=actor_tok)


def _of_other_state(teller, whose: Optional[str], states: States) -> bool:
    """Is a teller that is a person of a state (by nationality, possessive or name) of another state than the
    people expelled (`whose`, a state's code)? "The Ruritanian Foreign Minister informed the Freedonian ambassador
    that three members of his staff were no longer acceptable": Ruritania's, not the expelled side's."""
    own = state_of_phrase(teller, states)
    return whose is not None and not whose.startswith("@") and whose not in (FIRST_PERSON, THIRD_PERSON) and \
        own is not None and own not in (FIRST_PERSON, whose) and not own.startswith("@")
