"""Who expels and who is expelled: read from the arcs around a trigger (grammar.py). Whom a phrase
names is in people.py, how many in headcounts.py, who speaks of it in speakers.py."""
from __future__ import annotations

from transforms.expulsions.anaphora import clause_antecedent, people_named_before, people_of_thing
from transforms.expulsions.parse_words import (
    BLAME_VERBS, DECIDING_NOUNS, DEMANDS, FIRST_PERSON, IN_KIND, LISTING, ORDER, REQUEST, PARTICIPLE_ORDERS, NOUN_DOERS, ORDER_ISSUERS, RETALIATION_VERBS, REQUEST_NOUNS, States, _child,
    _clause_subject, _headline_passive, _passive,
    _prep_objects, decided_by, decider, decision_taker, idiom_object, lemma, normalise, verb_read_as_noun, with_participle)
from transforms.expulsions.people import (PLACES, _is_personnel, _relative_head, diplomatic, object_gap, 
                                          reduced_passive, state_of_phrase)
from transforms.expulsions.notes import note_sender, note_to_envoy, sender
from transforms.expulsions.places import hung_on_place, own_soil_left, place_left, place_named, state_left_on
from transforms.expulsions.lexicon import LEFT_PLACES
from transforms.expulsions.speakers import reporter_of_clause
from transforms.expulsions.subjects import first_gerund, gerund_subject, glued_subject, shared_subject, subject_before, \
    subject_in_fronted_phrase, subject_in_time_phrase
from transforms.expulsions.triggers_parse import _declarer, against as _against, at_request as _at_request, png_word
from transforms.expulsions.leave_orders import deadline_have, deadline_people, deadline_set
from transforms.expulsions.trigger_facts import Arguments


_TIME_GIVEN = {"hour", "hours", "day", "days", "week", "weeks", "hrs", "time"}


def _given_to(gov):
    """"gave to the ambassador of Mexico 72 hours to leave" (a translation's order of words): the one a span of
    time is given to, after "to", not the time; None where the verb gives no time so."""
    time = _child(gov, "dobj")
    if time is None or normalise(time.text) not in _TIME_GIVEN:
        return None
    to = next((c for c in gov.children if c.dep_ in ("dative", "prep") and normalise(c.text) == "to"), None)
    return _child(to, "pobj") if to is not None else None


def passive_subject(verb):
    """The patient of a passive verb: its "nsubjpass", or the subject the parser gave the verb or its
    passive auxiliary under another label where a phrase between them broke the parse ("Seven members of
    the ... embassy, including the first secretary, were on Thursday ordered by X to leave": "members"
    hangs on "were"; "Two ... diplomats were on Monday expelled by X": "were" became the root)."""
    found = _child(verb, "nsubjpass")
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i]
    if len(subjects) > 1 and found == subjects[-1] and found.pos_ == "NUM" and subjects[0].pos_ in ("NOUN", "PROPN"):
        return subjects[0]   # "Five diplomats from X and three from Y were expelled": the people, not the gapped count
    if len(subjects) > 1 and found == subjects[-1] and comma_list(subjects):
        return subjects[0]   # "25 Italian diplomats, four West Germans and two Spaniards were ordered out": the list's
        # first group, the parser's other subjects its later groups (owners.py)
    if found is not None or not _passive(verb):
        return found
    aux = [c for c in verb.children if c.dep_ == "auxpass" and c.i < verb.i]
    if verb.dep_ in ("advcl", "xcomp") and lemma(verb.head) == "be" and verb.head.i < verb.i:
        aux.append(verb.head)   # "Two ... diplomats were on Monday expelled by X": "were" became the root
    fronted = subject_in_fronted_phrase(verb)
    if fronted is not None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return fronted   # "According to Rudolf Jindrak, 16 diplomats ... are being expelled"
    before = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(before) > 1 and _headline_passive(verb):
        return before[-1]   # "CANADA: Four Russians expelled": the people right before the verb, not the list's head
    own = _child(verb, "nsubj") or next((_child(a, "nsubj") for a in aux if _child(a, "nsubj") is not None), None)
    if own is None and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and \
            normalise(verb.head.text) in ("after", "before", "since", "upon", "on") and \
            any(c.dep_ == "auxpass" and normalise(c.text) == "being" for c in verb.children):
        return _child(verb.head.head, "nsubj", "nsubjpass")   # "Two Indian diplomats left Peking after being expelled"
    if own is None and verb.dep_ == "ccomp" and aux:   # "confirmed Kent X, its envoy to Y, had been ordered to leave":
        obj = _child(verb.head, "dobj")   # the parser makes the clause's subject the object of the verb of saying
        if obj is not None and obj.i < aux[0].i and not any(t.dep_ == "mark" for t in verb.children):
            return obj
    if own is None and aux and _child(verb, "nsubj", "nsubjpass", "expl") is None:
        late = _child(verb, "dobj")   # "From Russia are expelled 60 American diplomats": a translation's word order,
        if late is not None and late.i > verb.i:   # the patient after the passive verb
            return late
    return own


def comma_list(phrases) -> bool:
    """Counted groups one after another with only a comma between each and the next ("25 Freedonian diplomats, four
    Graustarkian diplomats"): one list the parser cut up; not a group and a description ("67 Freedonians, mainly
    students")."""
    return all(counted(p) for p in phrases) and all(comma_between(a.right_edge.i, b) for a, b in zip(phrases, phrases[1:]))


def counted(phrase) -> bool:
    """A phrase with a number of its own ("four West Germans")."""
    return any(c.dep_ == "nummod" for c in phrase.children)


def comma_between(end: int, phrase) -> bool:
    """Only one comma between the token at `end` (a comma the parser hung on the phrase before counts) and `phrase`."""
    doc = phrase.doc
    while end > 0 and doc[end].text == ",":
        end -= 1
    return phrase.left_edge.i == end + 2 and doc[end + 1].text == ","


def _controller(verb):
    """"X's expulsion of a diplomat prompted Moscow to send home a ... diplomat", "forced Y to expel",
    "prompting Tehran to order three Kuwaiti diplomats to leave": the object of the verb that makes another
    act is who acts in its complement."""
    if verb.dep_ != "xcomp" or verb.head == verb:
        return None
    obj = _child(verb.head, "dobj")
    return obj if obj is not None and obj.i < verb.i else None


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


def _people_right_after(noun, states: States):
    """"Italy announced expulsion from the country 30 Russian diplomats": a translation's word order, with the
    counted people right after the expulsion noun's own phrase and the parser hanging them elsewhere: those
    people (a number first, a diplomatic noun at its head); else None."""
    end = noun.right_edge.i + 1
    if end >= len(noun.doc) or noun.doc[end].pos_ != "NUM":
        return None
    people = noun.doc[end].head
    return people if people.i > end and people.left_edge.i == end and people.pos_ == "NOUN" and \
        diplomatic(people, states) and people.i - end <= 3 else None


def _people_declared(decl, states: States):
    """"The two Ruritanian diplomats declared persona non grata by Freedonia left on Friday" as the parser may
    read it, the participle the verb and the people its subject: diplomats never declare anyone persona non
    grata, so they are the ones declared (no auxiliary: "the diplomats have declared" is another matter)."""
    subj = _child(decl, "nsubj")
    if subj is None or decl.tag_ not in ("VBD", "VBN") or _child(decl, "aux", "auxpass") is not None:
        return None
    return subj if subj.pos_ in ("NOUN", "PROPN") and (_is_personnel(subj, states) or diplomatic(subj, states)) else None


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


def _within_phrase(t, tok) -> bool:
    """t hangs from tok through nouns and prepositions only ("the expulsion of diplomats from Moscow")."""
    h = t.head
    for _ in range(4):
        if h == tok:
            return True
        if h.pos_ not in ("NOUN", "PROPN", "ADP", "NUM") or h.head == h:
            return False
        h = h.head
    return False


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
    if nxt is None or nxt.head != verb or nxt.dep_ != "npadvmod" or nxt.pos_ != "NUM" or list(nxt.children):
        return None
    digits = normalise(nxt.text).replace(",", "")
    return None if digits.isdigit() and len(digits) == 4 else nxt


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


def _arguments(tok, kind: str, gov, states: States) -> Arguments:
    """The arguments of one trigger as the parse gives them: the actor token, the expelled token, the actor state a
    place or a passive names, the phrase their owner is read from."""
    actor = expelled = place_actor = owner = None
    if kind == "expel":
        order = _ordered_participle(tok, states)
        if order is not None:
            actor, expelled = _clause_subject(order) or subject_before(order, states), _child(order, "dobj")
        elif _ordered_people(tok, states) is not None:   # "20 U.S. diplomats ordered expelled from Nicaragua"
            expelled = _ordered_people(tok, states)
            for prep, obj in _prep_objects(tok, "by", "from") + _prep_objects(tok.head, "by"):
                if prep == "by":
                    actor = obj
                elif actor is None and states.at(obj) is not None and states.at(obj)[1] in PLACES:
                    place_actor = states.at(obj)[0]
        elif _passive(tok):
            expelled = passive_subject(tok)
            if expelled is None and tok.dep_ in ("acl", "relcl"):
                expelled = tok.head
            if expelled is None and tok.dep_ == "advcl":   # "X left Britain, expelled in response to ...": X
                expelled = _child(tok.head, "nsubj", "nsubjpass")
            idiom = idiom_object(tok)   # "was shown the door by Ruritania": the agent hung on the door
            for prep, obj in _prep_objects(tok, "by", "from") + _out_of(tok) + \
                    (_prep_objects(idiom, "by") if idiom is not None else []):
                if prep == "by":
                    actor = obj
                elif actor is None:
                    st = states.at(obj)
                    if st is not None and st[1] in PLACES:
                        place_actor = st[0]
            if actor is None and with_participle(tok):   # "Germany led the way with 40 diplomats expelled"
                actor = _clause_subject(tok.head.head)
        else:
            actor = _blamed(tok, states) or _controller(tok) or glued_subject(tok, states) or \
                gerund_subject(tok, states) or subject_in_time_phrase(tok, states) or _clause_subject(tok) or \
                subject_before(tok, states)
            place_actor = state_left_on(tok, states)   # "the government has expelled four diplomats from Ireland"
            first = first_gerund(tok) if actor is None else None
            if first is not None:   # "after breaking up a spy ring and expelling four Americans": breaking's doer
                actor = gerund_subject(first, states) or _clause_subject(first)
            idiom = idiom_object(tok)   # "gave the consul his marching orders": the consul, not the orders
            expelled = (_recipient(tok) or (idiom.head if idiom.dep_ == "appos" else None) or
                        next((o for _, o in _prep_objects(tok, "to")), None)   # "gave marching orders to three"
                        if idiom is not None else None) or \
                object_gap(tok) or _child(tok, "dobj") or next((t for t in tok.subtree if t.i > tok.i and
                                                    t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "dobj")), None)
            expelled = _sent_home(expelled) or _count_before_time(tok) or _bare_count_after(tok)
            png = png_word(expelled) if expelled is not None and expelled.i > tok.i else None
            if png is not None:   # "expelled, or declared persona non grata, 19 diplomats": the conjunct's people
                expelled = _arguments(png, "png", _declarer(png), states).expelled_tok \
                    if _declarer(png) is not None else None
            speaker = reporter_of_clause(tok) if expelled is not None and normalise(expelled.text) in ("him", "her") else None
            if speaker is not None and _is_personnel(speaker, states):
                expelled = speaker   # "The Syrian ambassador said the decision to expel him was nonsense": himself
    elif kind == "reduce":   # "Slovakia decided to reduce the staff of the Russian embassy by 35": the host cuts
        actor, expelled = _clause_subject(tok), _child(tok, "dobj")
    elif kind == "png":
        decl = gov
        if decl is None:   # "Mr. Petrov is persona non grata" (or, as the parser may build it, "persona" a verb)
            be = tok.head
            expelled = _child(tok, "nsubj") or _child(be, "nsubj", "nsubjpass")
        elif _passive(decl) or (decl.dep_ in ("acl", "relcl") and decl.tag_ not in ("VBG", "VB") and
                                _child(decl, "nsubj") is None) or \
                (decl.dep_ == "conj" and _passive(decl.head) and _child(decl, "nsubj") is None) or \
                _people_declared(decl, states) is not None:   # "were arrested and declared"
            reduced = decl.dep_ == "conj" and decl.i > 0 and decl.doc[decl.i - 1].pos_ in ("NOUN", "PROPN")
            expelled = _child(decl, "nsubjpass") or (decl.head if decl.dep_ in ("acl", "relcl") else None) or \
                (passive_subject(decl) if decl.dep_ == "pcomp" else None) or \
                (decl.doc[decl.i - 1] if reduced else None) or _people_declared(decl, states) or \
                (shared_subject(decl, states) if decl.dep_ == "conj" else None)   # ("a list of staff declared":
            # the parser's conjunct right after a noun is a reduced relative on it, not "were arrested and declared")
            if expelled is not None and normalise(expelled.text) in ("who", "which", "that") and decl.dep_ == "relcl":
                expelled = _relative_head(decl.head, states)
            for t in decl.subtree:   # "by X" on the verb or on the persona non grata phrase
                if (t.dep_ == "agent" or (t.dep_ == "prep" and normalise(t.text) == "by")) and \
                        (t.head == decl or tok.i <= t.head.i <= tok.i + 2):
                    actor = _child(t, "pobj")
                    break
        else:
            actor = _clause_subject(decl) or subject_before(decl, states)
            if (actor is None or tok.i < actor.i <= tok.i + 2) and decl.dep_ == "conj" and \
                    verb_read_as_noun(decl.head):   # "Canada expels, or declares personae non gratae, 19 Soviets": no
                actor = decl.doc[decl.head.i - 1]   # subject but "gratae", the noun "expels" Canada's verb
            actor = sender(actor) if actor is not None else None   # "handed the Counsellor a note declaring"
            actor = note_sender(decl) or actor   # "handed notes to the ambassador declaring": not the ambassador
            if actor is None and note_to_envoy(decl, states)[0] is not None:   # "X's ambassador to Y was summoned
                owner, place_actor = note_to_envoy(decl, states)   # and handed a note declaring three embassy staff"
            expelled = _child(decl, "dobj")
            if expelled is not None and (expelled.i >= tok.i and expelled.i <= tok.i + 2):
                expelled = None
            if expelled is None:
                between = [t for t in tok.doc[decl.i + 1:tok.i] if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM")]
                heads = [t for t in between if not (decl.i < t.head.i < tok.i) or t.head == t]
                people = [t for t in between if _is_personnel(t, states)]   # "declared diplomats working in
                expelled = heads[0] if heads else (people[0] if people else between[-1] if between else None)   # X as"
            before = decl.doc[decl.i - 1] if decl.i > 0 else None
            if expelled is None and before is not None and before.pos_ in ("NOUN", "PROPN") and \
                    _is_personnel(before, states) and states.at(before) is None:
                # "The expulsion of Iranian diplomats declared persona non grata has started", the parser making
                # "declared" the verb of "The expulsion": a reduced relative on the people right before it
                actor, expelled = None, before
            if expelled is None:   # "declare persona non grata and order to leave ... three Estonian diplomats"
                expelled = next((t for t in decl.subtree if t.i > tok.i + 2 and t.pos_ in ("NOUN", "PROPN") and
                                 t.dep_ in ("dobj", "appos") and _is_personnel(t, states)), None)
            if expelled is None:   # "declared persona non grata two officials"
                expelled = next((t for t in tok.doc[tok.i + 3:min(tok.i + 12, len(tok.doc))]
                                 if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "pobj", "appos", "npadvmod")
                                 and (states.at(t) or ("", ""))[1] not in ("state", "capital", "place")), None)   # (not
                # "... has started in Azerbaijan": a state is where, not who)
        if expelled is not None and normalise(expelled.text) in ("them", "him", "her", "each", "they", "he", "she"):
            expelled = clause_antecedent(expelled, decl) or expelled
    elif kind == "leave":
        anchor = tok   # where a pronoun for the people looks for them: the verb "have" of a deadline, else the trigger
        if reduced_passive(gov) is not None:   # "the 23 diplomats given a week to leave Britain by X"
            expelled = reduced_passive(gov)
            actor = next((obj for _, obj in _prep_objects(gov, "by") + _prep_objects(tok, "by")), None)
        elif gov is not None and gov.pos_ == "NOUN":   # "a U.S. order that 25 members of the Soviet mission leave"
            actor = _order_giver(gov, states)
            expelled = _child(tok, "nsubj")
        elif gov is not None and not _passive(gov):
            actor = subject_in_time_phrase(gov, states) or _clause_subject(gov)   # "told them to leave"; "told X
            # that two of his staff must leave"; "after the Netherlands last month told 18 ... to leave": the Netherlands
            ctrl = _controller(gov)   # "..., prompting Tehran to order three Kuwaiti diplomats to leave": Tehran
            if ctrl is not None and (states.at(ctrl) or ("", ""))[1] in PLACES:
                actor = ctrl
            own = _leaver(tok) or (_child(tok.head, "nsubj") if tok.dep_ == "xcomp" and lemma(tok.head) in ("be", "have")
                                           else None)   # "informed X that he and 12 members ... were to leave",
            # "informed that the Russian diplomat will have to leave"
            if deadline_set(tok) == gov:   # "set a deadline for all X embassy personnel to leave": not the deadline
                expelled = own or deadline_people(tok, gov)
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
                for prep, obj in _prep_objects(gov, "by"):
                    actor = obj
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
    elif kind == "withdraw":
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
    elif kind == "png_verb":   # the parser reads "PNG'd" as a noun or a modifier: its neighbours say who
        actor = _clause_subject(tok) or next((t for t in tok.lefts if state_of_phrase(t, states)), None)
        before = [t for t in tok.doc[max(tok.i - 3, tok.sent.start):tok.i] if normalise(t.text) not in
                  ("has", "had", "have", "'s")]
        if actor is None and before and state_of_phrase(before[-1], states):
            actor = before[-1]
        expelled = _child(tok, "dobj") or next((t for t in tok.doc[tok.i + 1:min(tok.i + 6, len(tok.doc))]
                                                if t.pos_ in ("NOUN", "PROPN") and diplomatic(t, states)), None)
    elif kind == "against":   # "Ruritania took retaliatory measures against two diplomats"
        expelled = _against(tok)
        actor = _child(tok, "poss")
        for t in tok.subtree:
            if actor is None and (t.dep_ == "agent" or (t.dep_ == "prep" and normalise(t.text) == "by")):
                actor = _child(t, "pobj") or actor
        if actor is None and tok.dep_ == "dobj" and lemma(tok.head) in RETALIATION_VERBS:
            actor = _clause_subject(tok.head)
    elif kind in ("noun", "removal"):
        for t in tok.subtree:
            if t.dep_ == "poss" and t.head == tok:
                actor = t
        for prep, obj in _prep_objects(tok, "by", "from", "of"):
            pass
        for t in tok.subtree:   # the parser often hangs "of X" under the agent: search the phrase
            if t.dep_ == "prep" and t.i > tok.i:
                obj = _child(t, "pobj") or next(iter(t.children), None)
                if obj is None:
                    continue
                p = normalise(t.text)
                if p == "by" and actor is None:
                    actor = obj
                elif p == "from" and actor is None and _within_phrase(t, tok):
                    st = states.at(place_named(obj))
                    if st is not None and st[1] in PLACES:
                        place_actor = st[0]
                elif p == "of" and expelled is None and (t.head == tok or t.head.head.head == tok or
                                                         hung_on_place(t, tok)) and \
                        not (normalise(t.head.text) in LEFT_PLACES and (states.at(obj) or ("", ""))[1] in PLACES):
                    expelled = obj   # (not "from the territory of Germany": the place left)
        if expelled is None and kind == "noun":   # "announced expulsion from the country 30 Russian diplomats"
            expelled = _people_right_after(tok, states)
        if expelled is None and actor is not None and normalise(actor.text) in ("his", "her"):
            # "requested his withdrawal", "demanded her expulsion": a person's own removal; who removes is the
            # clause's subject
            named = [t for t in (people_named_before(actor, states), clause_antecedent(actor)) if t is not None]
            expelled = next((t for t in named if state_of_phrase(t, states)), named[0] if named else actor)
            actor = None   # (the one whose state the sentence says: "informed the Hungarian Minister that the
            # activities of Major X, the assistant military attache, were ..., and requested his withdrawal")
        if kind == "noun" and actor is None and tok.dep_ == "dobj" and lemma(tok.head) in NOUN_DOERS:
            actor = _clause_subject(tok.head)   # "the Soviet authorities ordered the expulsion of 25 Britons"
        if kind == "noun" and actor is None and tok.dep_ == "pobj" and normalise(tok.head.text) in ("with", "by") and \
                lemma(tok.head.head) in IN_KIND:
            actor = _clause_subject(tok.head.head)   # "The Soviets retaliated with the expulsion of five U.S. diplomats"
        if kind == "noun" and actor is None:
            actor = decision_taker(tok)   # "The Ministry of Foreign Affairs of Italy took the decision on the expulsion"
        if kind == "removal" and actor is None and gov is not None:
            if _passive(gov):
                for prep, obj in _prep_objects(gov, "by"):
                    actor = obj
            elif lemma(gov) in REQUEST_NOUNS and gov.pos_ in ("NOUN", "PROPN"):   # "a request ... from X for the withdrawal of"
                for t in gov.subtree:
                    if t.i < tok.i and t.dep_ in ("prep", "agent") and normalise(t.text) in ("from", "by") \
                            and _child(t, "pobj") is not None and state_of_phrase(_child(t, "pobj"), states):
                        actor = _child(t, "pobj")
                        break
                actor = actor or _child(gov, "poss")
            else:
                actor = _clause_subject(gov)
                if actor is not None and gov.dep_ == "conj" and gov.head.dep_ == "ccomp" and lemma(gov.head) == "be" \
                        and actor.pos_ == "NOUN" and state_of_phrase(actor, states) is None:
                    # "informed X that the activities of Y were incompatible with his status, and requested his
                    # withdrawal": the parser joins the request to the reported clause; the one who informs asks
                    actor = _clause_subject(gov.head.head) or actor
    if actor is None and place_actor is None and \
            _headline_passive(gov if kind == "leave" and gov is not None else tok):
        actor = listed_under(tok, states)
    actor = actor if actor is not None else decided_by(gov if gov is not None else tok)   # "By decision of X he is"
    if actor is None and tok.dep_ == "acl" and normalise(tok.head.text) in DECIDING_NOUNS:
        actor = _decision_owner(tok.head)   # "the decision by Somalia to expel its ambassador"
    return Arguments(decider(actor), expelled, place_actor, owner)


def _decision_owner(noun):
    """Whose decision (order, ...) a noun is: its possessive, or the object of its "by"/"of" ("the decision by
    Somalia", "the decision of Ottawa", "Moscow's decision"); else None."""
    return _child(noun, "poss") or next((o for c in noun.children if c.dep_ == "prep" and normalise(c.text) in ("by", "of")
                                         for o in c.children if o.dep_ == "pobj"), None)


_BULLETS = {"•", "-", "*", "–", "—", "·"}


def listed_under(tok, states: States):
    """The one state a line of a list opens with, before a colon: "CANADA: Four Russians expelled",
    "• Ruritania: two diplomats told to leave". A city there is a dateline or a place, never the state."""
    doc, start = tok.doc, tok.sent.start
    if start > 0 and doc[start - 1].text == ":":   # the parser may end a sentence at the colon
        start = doc[start - 1].sent.start
    k = start + (1 if doc[start].text in _BULLETS else 0)
    first = doc[k] if k < tok.i else None
    st = states.at(first) if first is not None else None
    if st is None or st[1] != "state":
        return None
    while k < tok.i and states.at(tok.doc[k]) == st:
        k += 1
    return first if k < tok.i and tok.doc[k].text == ":" else None


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


def _recipient(verb):
    """Whom the verb gives to: its indirect object, or the object of "to" when the parser makes "to" itself the dative
    ("gave its marching orders to four diplomats", "has given the boot to two diplomats")."""
    dative = _child(verb, "dative", "iobj")
    if dative is not None and normalise(dative.text) == "to":
        return next((c for c in dative.children if c.dep_ == "pobj"), None)
    return dative
