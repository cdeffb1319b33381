"""When a demand is the host's own order: a state that demands that a diplomat leave its own country, or that
summons a state's envoy and in the same breath demands the expulsion of that state's people, orders them out
itself. A demand by anyone else stays a demand (modality.py)."""
from __future__ import annotations

from transforms.expulsions.parse_words import lemma, normalise
from transforms.expulsions.places import place_left


_HOME_WORDS = {"country", "kingdom", "territory", "republic"}


def host_orders_out(tok, gov, actor, states) -> bool:
    """"Saudi Arabia demanded the Lebanese ambassador leave the kingdom within 48 hours": a state that demands
    that a diplomat leave its own country ("the country", "the kingdom", or the state itself by name) orders him
    out; a demand by anyone else ("lawmakers demanded the ambassador leave") stays a demand."""
    if gov is None or lemma(gov) != "demand" or actor is None:
        return False
    place = place_left(tok, states)   # "leave the kingdom", "get out of Britain"
    if place is None:
        return False
    hit = states.at(place)
    if hit is not None:
        return hit[0] == actor and hit[1] in ("state", "capital")
    return normalise(place.text) in _HOME_WORDS and any(normalise(d.text) in ("the", "this", "its") for d in place.children)


def summoning_host(tok, states):
    """"Algeria summoned the French charge d'affaires in Algiers and demanded the immediate expulsion of several
    French embassy employees": a state that summons a state's envoy and in the same breath demands the expulsion of
    that state's people demands it of no one but itself, as their host. The summoning state's subject token, or None
    (a demand by anyone else, or of people of another state, stays a demand)."""
    demand = tok.head if tok.dep_ == "dobj" else None
    if demand is None or lemma(demand) != "demand" or demand.dep_ != "conj" or \
            not normalise(demand.head.text).startswith("summon"):
        return None
    summon = demand.head
    subject = next((c for c in summon.children if c.dep_ == "nsubj"), None)
    envoy = next((c for c in summon.children if c.dep_ == "dobj"), None)
    if subject is None or envoy is None or states.at(subject) is None or states.at(subject)[1] != "state":
        return None
    sender = {states.at(t)[0] for t in envoy.subtree if states.at(t) is not None and t.i < envoy.i}
    people = {states.at(t)[0] for _, obj in _of_objects(tok) for t in obj.subtree if states.at(t) is not None}
    return subject if len(sender) == 1 and sender == people and states.at(subject)[0] not in sender else None


def _of_objects(tok):
    return [(c, o) for c in tok.children if c.dep_ == "prep" and normalise(c.text) == "of"
            for o in c.children if o.dep_ == "pobj"]


def host_cut_demand(tok, states):
    """"Russia demanded that the United States cut its diplomatic staff in Russia by 755", "Poland demanded that Russia
    cut the staff of its embassy in Warsaw by 20": a state that demands that another state cut its own mission's
    staff, in the demander's land or no land named, orders those people out as their host. (demander token, guest
    token), or None: a demand by anyone but a state, on a state's staff elsewhere ("... its embassy in Kyiv"), or of
    a cut that is no state's own ("cut the embassy's staff") stays a demand."""
    demand = tok.head if tok.dep_ == "ccomp" else None
    if demand is None or lemma(demand) != "demand":
        return None
    host = next((c for c in demand.children if c.dep_ == "nsubj"), None)
    guest = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    staff = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if host is None or guest is None or staff is None:
        return None
    host_state, guest_state = states.at(host), states.at(guest)
    if host_state is None or guest_state is None or host_state[1] not in ("state", "capital") or \
            guest_state[1] not in ("state", "capital") or host_state[0] == guest_state[0]:
        return None
    phrase = list(staff.subtree)
    if not any(normalise(t.text) in ("its", "their") and t.dep_ == "poss" for t in phrase):
        return None   # the guest's own staff ("its diplomatic staff", "the staff of its embassy")
    for t in phrase:
        if t.dep_ == "pobj" and normalise(t.head.text) == "in" and states.at(t) is not None and \
                states.at(t)[0] != host_state[0]:
            return None   # "... its embassy in Kyiv": staff in a third state, no host's order
    return host, guest
