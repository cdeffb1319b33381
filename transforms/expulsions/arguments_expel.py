"""Who expels and who is expelled around a verb of expelling (the trigger kind "expel", dispatched by
arguments.py): one reader per shape, an order with a participle ("ordered a Libyan diplomat expelled", "20
diplomats ordered expelled"), the passive ("were expelled by X") and the active ("X expelled four diplomats")."""
from __future__ import annotations

from transforms.expulsions.arguments_png import png_arguments
from transforms.expulsions.parse_words import (
    BLAME_VERBS, FIRST_PERSON, PARTICIPLE_ORDERS, States, _child, _clause_subject, _passive, _prep_objects,
    lemma, normalise, with_participle)
from transforms.expulsions.phrasal_triggers import deprived_of, idiom_object, idiom_recipient
from transforms.expulsions.order_sources import order_giver
from transforms.expulsions.partitives import member_of_group
from transforms.expulsions.passive_decisions import passive_decider
from transforms.expulsions.passive_subjects import passive_subject
from transforms.expulsions.people import PLACES, _is_personnel, _relative_head, complement_read_as_relative, object_gap
from transforms.expulsions.phrase_states import state_of_phrase
from transforms.expulsions.places import state_acted_in, state_left_on, state_of_place
from transforms.expulsions.revocations import revoked_from, revoker
from transforms.expulsions.shared_passive import reduced_conjunct, shared_agent
from transforms.expulsions.speakers import reporter_of_clause
from transforms.expulsions.carried_out import course_carrier
from transforms.expulsions.subjects import controller, first_gerund, gerund_subject, glued_subject, subject_before, \
    subject_in_time_phrase
from transforms.expulsions.png_status import _declarer, png_word
from transforms.expulsions.trigger_facts import Arguments


def expel_arguments(tok, states: States) -> Arguments:
    """The trigger kind "expel" (a verb): one reader per shape, the participle an order governs, the order a
    reduced relative on the people, the passive, the active."""
    if revoked_from(tok) is not None:   # "the accreditation of two diplomats was withdrawn by X"
        return Arguments(revoker(tok), revoked_from(tok), None, None)
    order = _ordered_participle(tok, states)
    if order is not None:
        return _ordered_expel(order, states)
    if _ordered_people(tok, states) is not None:
        return _ordered_people_expel(tok, states)
    if _passive(tok) or reduced_conjunct(tok) is not None:   # ("the attachés, accused of spying and expelled")
        return _passive_expel(tok, states)
    return _active_expel(tok, states)


def _ordered_expel(order, states: States) -> Arguments:
    """"The United States has ordered a Libyan diplomat at the United Nations expelled": the order verb
    (_ordered_participle) has the doer as its subject and the people as its object."""
    return Arguments(_clause_subject(order) or subject_before(order, states), _child(order, "dobj"), None, None)


def _ordered_people_expel(tok, states: States) -> Arguments:
    """"Nineteen of 20 U.S. diplomats ordered expelled from Nicaragua left": the people the order is a
    reduced relative on (_ordered_people); "by X" names the doer, "from X" the state they leave."""
    actor = expelled = place_actor = owner = None
    expelled = _ordered_people(tok, states)
    for prep, obj in _prep_objects(tok, "by", "from") + _prep_objects(tok.head, "by"):
        if prep == "by":
            actor = obj
        elif actor is None and states.at(obj) is not None and states.at(obj)[1] in PLACES:
            place_actor = states.at(obj)[0]
    return Arguments(actor, expelled, place_actor, owner)


def _passive_expel(tok, states: States) -> Arguments:
    """"Two diplomats were expelled by Ruritania", "four diplomats, expelled from Ireland": the passive
    subject (or the noun a participle is on, or "X left Britain, expelled in response to ...": X) is the people; "by X"
    the doer (also on an idiom: "was shown the door by Ruritania"), a state in "from X" or "out of X" the place
    left; "Germany led the way with 40 diplomats expelled": the clause's subject."""
    actor = expelled = place_actor = owner = None
    expelled = passive_subject(tok)
    if expelled is not None and tok.dep_ == "relcl" and normalise(expelled.text) in ("who", "that", "which"):
        expelled = _relative_head(tok.head, states)   # "a Freedonian diplomat who was expelled from ...": the diplomat
    if expelled is None and tok.dep_ in ("acl", "relcl"):   # "two diplomats were among those expelled": the
        expelled = member_of_group(tok.head) or tok.head   # subject counted in the group (partitives.py)
    if expelled is None and tok.dep_ == "advcl":   # "X left Britain, expelled in response to ...": X
        expelled = _child(tok.head, "nsubj", "nsubjpass")
    if expelled is None:   # "two attachés, accused of spying and expelled": the noun the first participle is on
        expelled = reduced_conjunct(tok)
    idiom = idiom_object(tok) or deprived_of(tok)   # "was shown the door by Ruritania", "were stripped of their
    for prep, obj in _prep_objects(tok, "by", "from") + _out_of(tok) + \
            (_prep_objects(idiom, "by") if idiom is not None else []):   # status by X": the agent hung on the thing
        if prep == "by" and not (actor is not None and (states.at(actor) or ("", ""))[1] in ("state", "capital")):
            actor = obj   # (the first state's: "by Ruritania and three Syldavian attaches by Graustark")
        elif actor is None:
            st = states.at(obj)
            if st is not None and st[1] in PLACES:
                place_actor = st[0]
            elif st is None and state_of_place(obj, states) is not None:   # "was expelled from the Russian city
                place_actor = state_of_place(obj, states)   # of Vladivostok": the state the place is named for
    if actor is None and with_participle(tok):   # "Germany led the way with 40 diplomats expelled"
        actor = _clause_subject(tok.head.head)
    if actor is None:   # "were expelled on orders from Ruritania's new government": the one who ordered it
        actor = order_giver(tok)
    agent = shared_agent(tok) if actor is None else None   # "were identified as spies by X and expelled": X
    if agent is not None and state_of_phrase(agent, states) is not None:
        actor = agent
    if actor is None and place_actor is None:   # "two diplomats were expelled in Ruritania": where it was done
        place_actor = state_acted_in(tok, states)
    return Arguments(actor, expelled, place_actor, owner)


def _active_expel(tok, states: States) -> Arguments:
    """"Ruritania expelled four diplomats": the doer is the state blamed for it ("Moscow retaliated against
    Prague for expelling 18 diplomats"), the one made to act ("forced Y to expel"), a subject glued on, of a
    gerund or of a time phrase ("after breaking up a spy ring and expelling four Americans"), else the clause's
    subject; the people are the object, the one given an idiom ("gave the consul his marching orders"), an object
    the parser moved ("ordered the American naval attache home", "France expelled 47 last month", "with Madrid
    expelling 25 and Copenhagen 15"), the people of a conjoined persona non grata ("expelled, or declared persona
    non grata, 19 diplomats"), or the speaker himself ("The Syrian ambassador said the decision to expel him was
    nonsense"); "expelled four diplomats from Ireland": the state left."""
    actor = expelled = place_actor = owner = None
    actor = _blamed(tok, states) or controller(tok) or glued_subject(tok, states) or course_carrier(tok) or \
        gerund_subject(tok, states) or subject_in_time_phrase(tok, states) or _clause_subject(tok) or \
        passive_decider(tok) or subject_before(tok, states)   # ("a decision to expel ... was taken by X": X)
    place_actor = state_left_on(tok, states)   # "the government has expelled four diplomats from Ireland"
    first = first_gerund(tok) if actor is None else None
    if first is not None:   # "after breaking up a spy ring and expelling four Americans": breaking's doer
        actor = gerund_subject(first, states) or _clause_subject(first)
    idiom = idiom_object(tok)   # "gave the consul his marching orders": the consul, not the orders
    expelled = (_recipient(tok) or (idiom.head if idiom.dep_ == "appos" else None) or
                idiom_recipient(tok, idiom)   # "gave marching orders to three", "served walking papers on"
                if idiom is not None else None) or \
        complement_read_as_relative(tok) or object_gap(tok) or _child(tok, "dobj") or _as_many_object(tok) or \
        next((t for t in tok.subtree if t.i > tok.i and t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "dobj")),
             None)
    expelled = _sent_home(expelled) or _count_before_time(tok) or _bare_count_after(tok)
    png = png_word(expelled) if expelled is not None and expelled.i > tok.i else None
    if png is not None:   # "expelled, or declared persona non grata, 19 diplomats": the conjunct's people
        expelled = png_arguments(png, _declarer(png), states).expelled_tok \
            if _declarer(png) is not None else None
    speaker = reporter_of_clause(tok) if expelled is not None and normalise(expelled.text) in ("him", "her") else None
    if speaker is not None and _is_personnel(speaker, states):
        expelled = speaker   # "The Syrian ambassador said the decision to expel him was nonsense": himself
    return Arguments(actor, expelled, place_actor, owner)


def _as_many_object(verb):
    """"has expelled as many Freedonian diplomats as any other state": the parser hangs the counted people on the
    first "as" as its object; they are the verb's object (sums.compared_total reads the comparison)."""
    for prep in verb.children:
        if prep.dep_ == "prep" and normalise(prep.text) == "as" and prep.i > verb.i:
            for obj in prep.children:
                if obj.dep_ == "pobj" and any(c.dep_ == "amod" and normalise(c.text) in ("many", "few") and
                                              c.i == prep.i + 1 for c in obj.children):
                    return obj
    return None


def _blamed(verb, states: States):
    """"Moscow retaliated against Prague for expelling 18 diplomats", "Russia condemned Estonia for
    expelling", "accused Latvia of expelling": the state blamed for the deed did it, not the subject."""
    if verb.dep_ != "pcomp" or normalise(verb.head.text) not in ("for", "of"):
        return None
    blamer = verb.head.head
    if blamer.pos_ not in ("VERB", "AUX") or lemma(blamer) not in BLAME_VERBS:
        return None
    for obj in [o for _, o in _prep_objects(blamer, "against")] + [_child(blamer, "dobj")]:
        if obj is not None and obj.i < verb.i and state_of_phrase(obj, states) not in (None, FIRST_PERSON):
            return obj
    return None


def _ordered_participle(verb, states: States):
    """"The United States has ordered a Libyan diplomat at the United Nations expelled": the parser may
    read the participle as a past verb of its own (a "ccomp" or "advcl" with neither subject nor object)
    or as a reduced relative on the place after the diplomat ("the United Nations expelled"), and the
    diplomat as the order's object. Returns the order verb, or None."""
    if verb.tag_ not in ("VBD", "VBN") or _child(verb, "nsubj", "nsubjpass", "dobj") is not None:
        return None
    order = verb.head
    if verb.dep_ == "acl" and order.dep_ == "pobj" and not _is_personnel(order, states):
        order = order.head.head   # "a diplomat at the United Nations expelled": the place's preposition
        obj = _child(order, "dobj")
        if obj is not None and verb.head.head.head not in (order, obj) or obj is None or not _is_personnel(obj, states):
            return None
    elif verb.dep_ not in ("ccomp", "advcl", "xcomp", "oprd"):
        return None
    if order == verb or lemma(order) not in PARTICIPLE_ORDERS or order.i > verb.i:
        return None
    obj = _child(order, "dobj")
    return order if obj is not None and obj.i < verb.i else None


def _ordered_people(verb, states: States):
    """"Nineteen of 20 U.S. diplomats ordered expelled from Nicaragua left": the participle an order verb
    governs, the order a reduced relative on the people. Returns those people, or None."""
    order = verb.head
    if verb.dep_ != "xcomp" or verb.tag_ != "VBN" or order.dep_ != "acl" or lemma(order) not in PARTICIPLE_ORDERS \
            or _child(verb, "nsubj", "nsubjpass", "dobj") is not None or _child(order, "dobj") is not None:
        return None
    return order.head if _is_personnel(order.head, states) else None


def retaliator(verb, states: States):
    """"Moscow retaliated against Prague for expelling 18 diplomats": the state that retaliates is the one
    whose diplomats the blamed state expelled, when the phrase names no nationality."""
    if _blamed(verb, states) is None or lemma(verb.head.head) != "retaliate":
        return None
    subject = _clause_subject(verb.head.head)
    code = state_of_phrase(subject, states) if subject is not None else None
    return code if code not in (None, FIRST_PERSON) else None


def _sent_home(noun):
    """"ordered the American naval attache home" as the parser may read it, "attache home" one noun: the
    people are the noun before "home"."""
    if noun is None or normalise(noun.text) != "home" or noun.pos_ != "NOUN":
        return noun
    return next((c for c in reversed(list(noun.children)) if c.dep_ == "compound" and c.i == noun.i - 1), noun)


def _out_of(tok) -> list:
    """("from", place) for "were ordered out of Britain": the place they had to leave."""
    return [("from", obj) for c in tok.children if normalise(c.text) == "out" and c.dep_ in ("prep", "prt", "advmod")
            for p in c.children if p.dep_ == "prep" and normalise(p.text) == "of"
            for obj in p.children if obj.dep_ == "pobj"]


_RELATIVE_TIMES = {"last", "this", "next", "earlier", "previous"}
_TIME_UNITS = {"week", "month", "year", "weekend", "spring", "summer", "autumn", "winter", "monday", "tuesday",
               "wednesday", "thursday", "friday", "saturday", "sunday"}


def _count_before_time(verb):
    """"France expelled 47 last month": the parser made the bare count a number of the time ("47 ... month");
    a number before "last"/"this" and a unit of time hung on the verb is its object."""
    for c in verb.children:
        if c.dep_ != "npadvmod" or normalise(c.text) not in _TIME_UNITS:
            continue
        rel = [m for m in c.children if m.dep_ in ("amod", "det") and normalise(m.text) in _RELATIVE_TIMES]
        nums = [n for n in c.children if n.dep_ == "nummod" and rel and n.i < rel[0].i]
        if nums:
            return nums[0]
    return None


def _bare_count_after(verb):
    """"with Madrid expelling 25 and Copenhagen 15": the parser made the bare count after the verb an
    adverbial; a number (not a year) hung on the verb right after it, with no object, is its object. So is
    the number of "more" hung on the verb ("in 1985 it sent home 25 more")."""
    for c in verb.children:
        if c.i > verb.i and normalise(c.text) == "more" and c.dep_ in ("advmod", "npadvmod", "dobj"):
            nums = [n for n in c.children if n.dep_ == "nummod" and n.pos_ == "NUM"]
            if len(nums) == 1:
                return nums[0]
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.head != verb or nxt.dep_ not in ("npadvmod", "nummod") or nxt.pos_ != "NUM" or \
            list(nxt.children):
        return None
    digits = normalise(nxt.text).replace(",", "")
    return None if digits.isdigit() and len(digits) == 4 else nxt


def _recipient(verb):
    """Whom the verb gives to: its indirect object, or the object of "to" when the parser makes "to" itself the dative
    ("gave its marching orders to four diplomats", "has given the boot to two diplomats")."""
    dative = _child(verb, "dative", "iobj")
    if dative is not None and normalise(dative.text) == "to":
        return next((c for c in dative.children if c.dep_ == "pobj"), None)
    return dative
