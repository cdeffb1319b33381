"""Who expels and who is expelled: read from the arcs around a trigger (grammar.py), one reader per trigger
kind. _arguments dispatches: "expel" to arguments_expel.py (an order with a participle, the passive, the active),
"png" and "png_verb" to arguments_png.py, "leave" and "withdraw" to arguments_leave.py; "reduce", "against",
"noun" and "removal" are read here; then what every kind shares (a headline list's state, "by decision of X").
Whom a phrase names is in people.py, how many in headcounts.py, who speaks of it in speakers.py."""
from __future__ import annotations

from transforms.expulsions.anaphora import clause_antecedent, people_named_before
from transforms.expulsions.arcs import first_conjunct
from transforms.expulsions.denials import undoes
from transforms.expulsions.arguments_expel import expel_arguments, retaliator  # noqa: F401  (retaliator: expelled_people.py)
from transforms.expulsions.arguments_leave import leave_arguments, withdraw_arguments
from transforms.expulsions.arguments_png import png_arguments, png_verb_arguments
from transforms.expulsions.lexicon import LEFT_PLACES
from transforms.expulsions.misread_doers import misread_doer
from transforms.expulsions.parse_words import (
    IN_KIND, NOUN_DOERS, PATTERNS, REQUEST_NOUNS, RETALIATION_VERBS, States, _child, _clause_subject,
    _headline_passive, _passive, _prep_objects, lemma, normalise)
from transforms.expulsions.decisions import DECIDING_NOUNS, decided_by, decider, decision_taker
from transforms.expulsions.passive_subjects import comma_between, counted  # noqa: F401  (owners.py imports them here)
from transforms.expulsions.people import PLACES, _is_personnel, diplomatic
from transforms.expulsions.phrase_states import state_of_phrase
from transforms.expulsions.order_sources import issuer
from transforms.expulsions.occasions import occasion_marked
from transforms.expulsions.places import hung_on_place, place_named
from transforms.expulsions.protests import protested_over, protested_to
from transforms.expulsions.triggers_parse import against as _against
from transforms.expulsions.trigger_facts import Arguments

ORIGIN_REMOVALS = frozenset(PATTERNS["origin_removal_nouns"])   # "ordered the departure of three diplomats from X"


def _arguments(tok, kind: str, gov, states: States) -> Arguments:
    """The arguments of one trigger as the parse gives them: the actor token, the expelled token, the actor state a
    place or a passive names, the phrase their owner is read from."""
    if kind == "expel":
        found = expel_arguments(tok, states)
    elif kind == "reduce":
        found = _reduce_arguments(tok)
    elif kind == "png":
        found = png_arguments(tok, gov, states)
    elif kind == "leave":
        found = leave_arguments(tok, gov, states)
    elif kind == "withdraw":
        found = withdraw_arguments(tok, gov, states)
    elif kind == "png_verb":
        found = png_verb_arguments(tok, states)
    elif kind == "against":
        found = _against_arguments(tok)
    elif kind in ("noun", "removal"):
        found = _noun_arguments(tok, kind, gov, states)
    else:
        found = Arguments(None, None, None, None)
    actor, expelled, place_actor, owner = found
    if actor is None and place_actor is None and \
            _headline_passive(gov if kind == "leave" and gov is not None else tok):
        actor = listed_under(tok, states)
    actor = actor if actor is not None else decided_by(gov if gov is not None else tok)   # "By decision of X he is"
    if actor is None and tok.dep_ == "acl" and normalise(tok.head.text) in DECIDING_NOUNS:
        actor = _decision_owner(tok.head)   # "the decision by Somalia to expel its ambassador"
    undoing = undoes(tok)
    if undoing is not None and (actor is None or actor.pos_ == "PRON"):
        actor = _undoer(undoing) or actor   # "unless Freedonia reverses the expulsion of", "withdraws its decision
        # to expel": only the one who expelled can take its expulsion back
    return Arguments(decider(actor), expelled, place_actor, owner)


def _undoer(verb):
    """Who takes an act back: the subject of the verb of undoing, or the one told or asked to ("urged Freedonia to
    reverse the expulsion": the object of the verb whose infinitive it is); else its clause's subject."""
    if _child(verb, "nsubj") is None and verb.dep_ == "xcomp" and _child(verb.head, "dobj") is not None:
        return _child(verb.head, "dobj")
    return _clause_subject(verb)


def _reduce_arguments(tok) -> Arguments:
    """The trigger kind "reduce": "Slovakia decided to reduce the staff of the Russian embassy by 35": the
    host cuts, its subject the doer, the object the people."""
    return Arguments(_clause_subject(tok), _child(tok, "dobj"), None, None)


def _against_arguments(tok) -> Arguments:
    """The trigger kind "against": "Ruritania took retaliatory measures against two diplomats": the people
    after "against", the doer the possessive, the "by" phrase or the subject of the verb of retaliating."""
    actor = expelled = place_actor = owner = None
    expelled = _against(tok)
    actor = _child(tok, "poss")
    for t in tok.subtree:
        if actor is None and (t.dep_ == "agent" or (t.dep_ == "prep" and normalise(t.text) == "by")):
            actor = _child(t, "pobj") or actor
    if actor is None and tok.dep_ == "dobj" and lemma(tok.head) in RETALIATION_VERBS:
        actor = _clause_subject(tok.head)
    return Arguments(actor, expelled, place_actor, owner)


def _people_it_was(tok, states: States):
    """"The second and third largest expulsions were 23 diplomats by Graustark and 13 by Syldavia": an expulsion
    noun, the subject of "be", whose complement is people with an agent of their own: (the people, the agent), else
    (None, None)."""
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() != "be":
        return None, None
    people = _child(tok.head, "attr")
    agents = [o for _, o in _prep_objects(people, "by")] if people is not None else []
    if len(agents) != 1 or (states.at(agents[0]) or ("", ""))[1] not in ("state", "capital") or \
            not _is_personnel(people, states):
        return None, None
    return people, agents[0]


def _in_another_phrase(prep, tok) -> bool:
    """Does `prep` hang inside a phrase on `tok` that another preposition than "of" opens ("the expulsion of 12
    diplomats in response to a similar move by Freedonia": "by" is the move's, not the expulsion's)?"""
    t = prep.head
    while t != tok and t.head != t:
        if t.dep_ == "prep" and normalise(t.text) != "of":
            return True
        t = t.head
    return False


def _noun_arguments(tok, kind: str, gov, states: States) -> Arguments:
    """The trigger kinds "noun" ("the expulsion of 25 Britons") and "removal" ("requested his withdrawal"):
    the doer is the possessive ("Moscow's expulsion of"), the "by" phrase, the subject of the verb that does or
    decides it ("the Soviet authorities ordered the expulsion of 25 Britons", "The Soviets retaliated with the
    expulsion of five U.S. diplomats", "took the decision on the expulsion") or, for a removal, the one who asks
    for it; a state in "from X" the place left; the people are the "of" phrase, the counted people right after it
    ("announced expulsion from the country 30 Russian diplomats") or the one a possessive pronoun names."""
    actor = expelled = place_actor = owner = origin = None
    for t in tok.subtree:
        if t.dep_ == "poss" and t.head == tok:
            actor = t
    for t in tok.subtree:   # the parser often hangs "of X" under the agent: search the phrase
        if t.dep_ == "prep" and t.i > tok.i:
            obj = _child(t, "pobj") or next(iter(t.children), None)
            if obj is None:
                continue
            p = normalise(t.text)
            if p == "by" and actor is None and not _in_another_phrase(t, tok):
                actor = obj
            elif p == "from" and actor is None and _within_phrase(t, tok):
                st = states.at(place_named(obj))
                if st is not None and st[1] in PLACES:
                    place_actor = st[0]
                    origin = obj if st[1] == "state" and t.head != tok and _is_personnel(t.head, states) and \
                        (kind == "noun" or lemma(tok) in ORIGIN_REMOVALS) else None   # (not "the withdrawal of")
            elif p == "of" and expelled is None and (t.head == tok or t.head.head.head == tok or
                                                     hung_on_place(t, tok)) and \
                    not (normalise(t.head.text) in LEFT_PLACES and (states.at(obj) or ("", ""))[1] in PLACES):
                expelled = obj   # (not "from the territory of Germany": the place left)
    if expelled is None and kind == "noun":   # "announced expulsion from the country 30 Russian diplomats"
        expelled = _people_right_after(tok, states)
    if expelled is None and kind == "noun" and actor is None:   # "The second largest expulsion was 23 diplomats by
        expelled, actor = _people_it_was(tok, states)   # Graustark"
    if actor is None and kind == "noun" and expelled is not None:
        actor = _nationality_doer(tok, expelled, states)   # "the only other Australian expulsion of a Soviet diplomat"
    if expelled is None and actor is not None and normalise(actor.text) in ("his", "her"):
        # "requested his withdrawal", "demanded her expulsion": a person's own removal; who removes is the
        # clause's subject
        named = [t for t in (people_named_before(actor, states), clause_antecedent(actor)) if t is not None]
        expelled = next((t for t in named if state_of_phrase(t, states)), named[0] if named else actor)
        actor = None   # (the one whose state the sentence says: "informed the Hungarian Minister that the
        # activities of Major X, the assistant military attache, were ..., and requested his withdrawal")
    place = first_conjunct(tok)   # "ordered the closure of the consulate and the expulsion of six diplomats"
    if kind == "noun" and actor is None and place.dep_ == "dobj" and lemma(place.head) in NOUN_DOERS:
        actor = _clause_subject(place.head)   # "the Soviet authorities ordered the expulsion of 25 Britons"
    if kind == "noun" and actor is None and tok.dep_ == "pobj" and normalise(tok.head.text) in ("with", "by") and \
            lemma(tok.head.head) in IN_KIND:
        actor = _clause_subject(tok.head.head)   # "The Soviets retaliated with the expulsion of five U.S. diplomats"
    if kind == "noun" and actor is None and occasion_marked(tok) is not None:
        actor = _state_subject(occasion_marked(tok), states)   # "Graustark marked the day with the expulsion of"
    if kind == "noun" and actor is None:
        actor = decision_taker(tok)   # "The Ministry of Foreign Affairs of Italy took the decision on the expulsion"
    if kind == "noun" and actor is None:
        actor = misread_doer(tok, states)   # "The French presidency announced on Tuesday the expulsion of 12 ...":
        # the parser's reduced relative on the body (misread_doers.py)
    protest = protested_over(tok) if kind == "noun" and actor is None and place_actor is None else None
    if protest is not None:   # "Ruritania protested to Freedonia over the expulsion of its ambassador": the one
        actor = protested_to(protest, states)   # protested to expelled (the protester's own people: possessor)
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
            actor = issuer(actor) or actor   # "issued a directive mandating the departure of": who issued it
            if actor is not None and gov.dep_ == "conj" and gov.head.dep_ == "ccomp" and lemma(gov.head) == "be" \
                    and actor.pos_ == "NOUN" and state_of_phrase(actor, states) is None:
                # "informed X that the activities of Y were incompatible with his status, and requested his
                # withdrawal": the parser joins the request to the reported clause; the one who informs asks
                actor = _clause_subject(gov.head.head) or actor
    if origin is not None and actor is not None and state_of_phrase(actor, states) not in (None, place_actor):
        owner, place_actor = origin, None   # "Ruritania ordered the departure of three diplomats from Freedonia": a
        # state other than the doer, after the people, is theirs, not the place they leave
    return Arguments(actor, expelled, place_actor, owner)


def _state_subject(verb, states: States):
    """The verb's clause subject when it names a state or a state's body; else None."""
    subject = _clause_subject(verb)
    return subject if subject is not None and state_of_phrase(subject, states) is not None else None


def _nationality_doer(noun, people, states: States):
    """"the Soviet expulsion of two British diplomats", "the only other Ruritanian expulsion of a Freedonian diplomat":
    a nationality (or a state's own name) written before the noun of expelling, whose "of" phrase names the people,
    says who expelled them, whatever other word stands between them ("the only other", "the last", "a second"); not
    when the people are of that state themselves. Else None."""
    theirs = state_of_phrase(people, states)
    for c in noun.children:
        if c.dep_ in ("amod", "compound") and c.i < noun.i:
            hit = states.at(c)
            if hit is not None and hit[1] in ("norp", "state") and hit[0] != theirs:
                return c
    return None


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
