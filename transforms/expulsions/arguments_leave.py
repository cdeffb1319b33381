"""Who is told to go and by whom (the trigger kinds "leave" and "withdraw", dispatched by arguments.py):
"ordered them to leave", "the diplomats have 72 hours to leave", "asked X to withdraw one of his staff"."""
from __future__ import annotations

from transforms.expulsions.anaphora import clause_antecedent, people_named_before, people_of_thing
from transforms.expulsions.leave_orders import deadline_have, deadline_people, deadline_set, deadline_told_of
from transforms.expulsions.parse_words import (
    DEMANDS, LISTING, NOUN_DOERS, ORDER, ORDER_ISSUERS, REQUEST, REQUEST_NOUNS, States, _child, _clause_subject,
    _passive, _prep_objects, lemma, normalise)
from transforms.expulsions.passive_subjects import passive_subject
from transforms.expulsions.people import PLACES, _relative_head, reduced_passive
from transforms.expulsions.phrase_states import state_of_phrase
from transforms.expulsions.places import own_soil_left, place_left, state_of_place
from transforms.expulsions.shared_passive import reduced_conjunct, shared_agent
from transforms.expulsions.subjects import controller, subject_glued_to_time, subject_in_time_phrase
from transforms.expulsions.triggers_parse import at_request as _at_request
from transforms.expulsions.trigger_facts import Arguments


def leave_arguments(tok, gov, states: States) -> Arguments:
    """The trigger kind "leave" ("ordered them to leave", "25 diplomats who must leave"): the doer is the "by"
    phrase of a reduced passive ("the 23 diplomats given a week to leave Britain by X"), the giver of an order noun
    ("a U.S. order that 25 members of the Soviet mission leave"), the subject of the verb of ordering, or of a
    passive its "by" phrase; the people are who leaves, the one told (or given the time: "gave to the ambassador of
    Mexico 72 hours to leave") or the one a deadline is set for; a relative pronoun is the noun it is on, a personal
    pronoun its antecedent; a state left ("ordered them to leave Ghana") is the doer's place."""
    actor = expelled = place_actor = owner = None
    anchor = tok   # where a pronoun for the people looks for them: the verb "have" of a deadline, else the trigger
    if reduced_passive(gov) is not None or reduced_conjunct(gov) is not None:   # "the 23 diplomats given a week to
        expelled = reduced_passive(gov) or reduced_conjunct(gov)   # leave Britain by X"; "two attachés, identified
        actor = next((obj for _, obj in _prep_objects(gov, "by") + _prep_objects(tok, "by")), None)   # as spies
        actor = actor or _state_shared_agent(gov, states)   # by X and ordered to leave": X
    elif gov is not None and gov.pos_ == "NOUN":   # "a U.S. order that 25 members of the Soviet mission leave"
        actor = _order_giver(gov, states)
        expelled = _child(tok, "nsubj")
    elif gov is not None and not _passive(gov):
        actor = subject_in_time_phrase(gov, states) or subject_glued_to_time(gov, states) or _clause_subject(gov)
        # "told them to leave"; "On Monday Poland asked him to leave" (the parser's "Monday Poland"); "told X
        # that two of his staff must leave"; "after the Netherlands last month told 18 ... to leave": the Netherlands
        ctrl = controller(gov)   # "..., prompting Tehran to order three Kuwaiti diplomats to leave": Tehran
        if ctrl is not None and (states.at(ctrl) or ("", ""))[1] in PLACES:
            actor = ctrl
        own = _leaver(tok) or (_child(tok.head, "nsubj") if tok.dep_ == "xcomp" and lemma(tok.head) in ("be", "have")
                                       else None)   # "informed X that he and 12 members ... were to leave",
        # "informed that the Russian diplomat will have to leave"
        if deadline_set(tok) == gov:   # "set a deadline for all X embassy personnel to leave": not the deadline
            expelled = own or deadline_people(tok, gov)
        elif deadline_told_of(tok) == gov:   # "a deadline that X granted the ambassador to leave": not "that"
            expelled = own or next((c for c in gov.children if c.dep_ in ("dobj", "dative", "iobj")
                                    and c.tag_ not in ("WDT", "WP")), None)
        else:
            expelled = own or _given_to(gov) or _child(gov, "dobj", "dative", "iobj")
    else:
        expelled = _leaver(tok) or (passive_subject(gov) if gov is not None else None)
        if expelled is None and tok.dep_ == "xcomp":
            expelled = _child(tok.head, "nsubj", "nsubjpass")
        if expelled is None and gov is None and deadline_have(tok) is not None:
            have = anchor = deadline_have(tok)
            expelled = _child(have, "nsubj")   # "the diplomats have 72 hours to leave"
            if have.dep_ == "ccomp" and lemma(have.head) in ORDER and not _passive(have.head):
                actor = _clause_subject(have.head)   # "informed one diplomat that he had 72 hours to leave"
        if gov is not None:
            for prep, obj in _prep_objects(gov, "by") + [
                    (p, o) for p, o in (_prep_objects(tok, "by") if tok.dep_ == "xcomp" and tok.head == gov else [])
                    if state_of_phrase(o, states) is not None]:   # "were told to pack their bags by Ruritania":
                actor = obj   # the agent the parser hung on the infinitive (a state, not "by Friday")
            actor = actor or _state_shared_agent(gov, states)   # "were identified as spies by X and ordered to leave"
    relative = _relative_object(gov, tok) if gov is not None and (expelled is None or expelled.head == gov) else None
    if relative is not None and (expelled is None or expelled == relative):
        expelled = _relative_head(gov.head, states)   # "the ambassador, whom Ecuador ordered to leave the country"
    elif expelled is not None and tok.dep_ == "relcl" and normalise(expelled.text) in ("who", "that"):
        expelled = _relative_head(tok.head, states)   # "25 diplomats who must leave the country"
        if gov is not None and lemma(gov) in LISTING:   # "gave X the names of 25 members of its mission who"
            owner = _child(gov, "dative")
    if expelled is not None and normalise(expelled.text) in ("them", "him", "her", "each", "they", "he", "she") \
            and not any(c.dep_ == "conj" for c in expelled.children):   # "he and 12 members of his staff"
        ante = clause_antecedent(gov if gov is not None else anchor)
        if ante is not None and ante.dep_ == "nsubjpass" and normalise(expelled.text) in ("they", "them") \
                and ante.tag_ in ("NN", "NNP") and not any(c.dep_ == "conj" for c in ante.children):
            ante = None   # "the ambassador was advised that they have seven days to leave": not the one told
        if ante is not None and ante == actor:
            ante = people_named_before(expelled, states)   # "X decided to ... and ordered them to leave": not X
        elif ante is not None:
            ante = people_of_thing(ante, expelled, states) or ante   # "the stay of the diplomats ... them": they
        expelled = ante or expelled
    requester = _at_request(tok) if gov is None else None
    if actor is None and requester is not None and lemma(requester) not in REQUEST_NOUNS:
        actor = requester   # "had left the national territory at the request of Algeria"
    left = place_left(tok, states)
    if left is not None:   # "ordered them to leave Ghana": the state left, when the orderer names none
        st = states.at(left)
        if st is not None and st[1] in PLACES:
            place_actor = st[0]
        elif st is None:
            place_actor = state_of_place(left, states)   # "to leave the Russian city of Vladivostok"
    return Arguments(actor, expelled, place_actor, owner)


def withdraw_arguments(tok, gov, states: States) -> Arguments:
    """The trigger kind "withdraw": one withdraws one's own people ("asked the chargé d'affaires to withdraw
    one of his staff", "demanded that Uganda withdraw its high commissioner": the owner); the doer is at whose
    request, the "by" phrase of a passive, else the subject of the verb that governs it."""
    actor = expelled = place_actor = owner = None
    expelled = _child(tok, "dobj") or (_child(tok, "nsubjpass") if _passive(tok) else None)
    if expelled is None and _passive(tok) and tok.dep_ == "xcomp" and lemma(tok.head) == "be":
        expelled = _child(tok.head, "nsubj")   # "two members of his staff were to be withdrawn"
    if gov is not None and tok.dep_ == "xcomp":   # one withdraws one's own people
        # "asked the chargé d'affaires to withdraw one of his staff": the one asked withdraws
        owner = _child(gov, "nsubjpass") or _child(gov, "dobj") or _child(gov, "nsubj")
    owner = owner or _child(tok, "nsubj")   # "demanded that Uganda withdraw its high commissioner": Uganda's
    requester = _at_request(tok)
    if requester is not None:
        actor = requester
    elif gov is not None and _passive(gov):
        for prep, obj in _prep_objects(gov, "by"):
            actor = obj
    elif gov is not None and lemma(gov) != "agree":
        actor = _clause_subject(gov)
    if gov is not None and lemma(gov) in DEMANDS | REQUEST | ORDER:   # "demanded that those governments
        place_actor = own_soil_left(tok, states)   # withdraw their representatives from Venezuelan territory"
    return Arguments(actor, expelled, place_actor, owner)


_TIME_GIVEN = {"hour", "hours", "day", "days", "week", "weeks", "hrs", "time"}


def _given_to(gov):
    """"gave to the ambassador of Mexico 72 hours to leave" (a translation's order of words): the one a span of
    time is given to, after "to", not the time; None where the verb gives no time so."""
    time = _child(gov, "dobj")
    if time is None or normalise(time.text) not in _TIME_GIVEN:
        return None
    to = next((c for c in gov.children if c.dep_ in ("dative", "prep") and normalise(c.text) == "to"), None)
    return _child(to, "pobj") if to is not None else None


def _order_giver(noun, states: States):
    """Who gives the order a noun names: its possessive or modifier state ("a U.S. order", "Moscow's
    order"), its "by"/"from" phrase, else the subject of the verb that issues or announces it."""
    for c in noun.children:
        if c.dep_ in ("poss", "compound", "amod", "nmod") and state_of_phrase(c, states):
            return c
    for _, obj in _prep_objects(noun, "by", "from"):
        if state_of_phrase(obj, states):
            return obj
    if noun.dep_ == "dobj" and lemma(noun.head) in NOUN_DOERS | ORDER_ISSUERS:
        return _clause_subject(noun.head)
    return None


def _relative_object(gov, leave):
    """"the ambassador, whom Ecuador ordered to leave the country": the relative pronoun that is the object of the
    relative clause's verb of ordering (the parser may hang it on "leave" instead), else None."""
    if gov.dep_ != "relcl":
        return None
    return next((c for c in list(gov.children) + list(leave.children) if c.dep_ == "dobj" and c.i < gov.i and
                 normalise(c.text) in ("whom", "who", "that")), None)


def _leaver(leave):
    """Who is to leave: the subject of "leave", or of the verb a subjectless "leave" is conjoined to ("eleven
    officials had been engaged in espionage and must leave")."""
    own = _child(leave, "nsubj")
    if own is None and leave.dep_ == "conj" and not _child(leave, "nsubjpass"):
        own = _child(leave.head, "nsubj", "nsubjpass")
    return own


def _state_shared_agent(verb, states: States):
    """The doer a bare participle shares with the participle it is conjoined to (shared_passive.shared_agent),
    where it names a state; else None."""
    agent = shared_agent(verb)
    return agent if agent is not None and state_of_phrase(agent, states) is not None else None
