"""Whose people a noun phrase names and where they serve (read from the parse): the nationality or mission on the
people ("two Freedonian diplomats", "a second secretary in the Freedonian embassy"), a title in apposition ("Mr.
Petrov, the Ruritanian charge d'affaires"), the place they serve in or did the deed they are suspected of ("diplomats
accredited in Panama", "a Strelsau-based attache", "suspected of spying in Freedonia"), "whose" after states, and
"its" people of a mission named before them.

    _whose(noun, states) -> (whose, host)
    appositive_whose(noun, states) -> whose | None
    whose_antecedents(noun, states) -> [state, ...]
    mission_of_its(noun, actor, states) -> (whose, host) | (None, None)
"""
from __future__ import annotations

from typing import Optional

from transforms.expulsions.parse_words import (
    CROWN, FIRST_PERSON, MISSIONS, THE, THIRD_PERSON, States, _first, _prep_objects, normalise)
from transforms.expulsions.people import (compounds_before, 
    PLACES, _SERVING, _mission, _numbered, _serving_participle, appositive, diplomatic, place_earlier, suspected_to_be)
from transforms.expulsions.places import demonstrative

def appositive_whose(noun, states: States) -> Optional[str]:
    """Whose people a named person is, from the diplomatic title beside the name ("Mr. Petrov, the
    Ruritanian charge d'affaires")."""
    if noun.pos_ != "PROPN":
        return None
    for c in list(noun.children) + suspected_to_be(noun):
        if c.dep_ in ("appos", "attr") and diplomatic(c, states):
            whose = _whose(c, states)[0]
            if whose not in (None, FIRST_PERSON, THIRD_PERSON):
                return whose
    return None


def whose_antecedents(noun, states: States) -> list[str]:
    """"Britain and France, whose diplomats were expelled from Egypt": the states of the noun a relative clause is
    on, its conjuncts included, when the people of the clause are "whose" ones; [] otherwise."""
    if not any(t.dep_ == "poss" and normalise(t.text) == "whose" for t in noun.lefts):
        return []
    clause = next((a for a in noun.ancestors if a.dep_ == "relcl"), None)
    if clause is None:
        return []
    codes, todo = [], [clause.head]
    while todo:
        t = todo.pop(0)
        hit = states.at(t)
        if hit is None or hit[1] not in ("state", "norp"):
            return codes
        codes.append(hit[0])
        todo += [c for c in t.children if c.dep_ == "conj"]
    return list(dict.fromkeys(codes))


def _whose(noun, states: States) -> tuple[Optional[str], Optional[str]]:
    """(whose people, host state) of an expelled noun phrase."""
    whose = host = None
    phrase = " ".join(normalise(t.text) for t in noun.subtree)
    for crown, code in CROWN.items():
        if crown in phrase:
            whose = code
    hit = states.at(noun)
    if hit is not None and hit[1] in ("norp", "state", "person"):
        whose = whose or hit[0]
    if hit is None and demonstrative(noun):
        whose = whose or place_earlier(noun, states)   # "the ambassadors of that country": the state named before
    if _mission(noun) and any(c.dep_ == "det" and normalise(c.text) == "this" for c in noun.children):
        whose = whose or FIRST_PERSON   # "Commander Lewis of this Embassy": the writer's own mission
    for t in noun.lefts:   # "recall of Legation's Second Secretary Doyle": a telegram's own mission, named bare
        if t.dep_ == "poss" and _own_mission(t, states):
            whose = whose or FIRST_PERSON
    capital_owner = None   # "Moscow's ambassador to London": a capital's possessive is its state's, unless a
    for t in noun.lefts:   # nationality says whose ("London's Russian embassy")
        if _birthplace(t):
            continue   # "an Armenian-born Georgian diplomat": where born is not whose
        if t.dep_ == "poss" and whose is None:
            whose = place_earlier(t, states)   # "expelled the Baltic nation's top representative"
        if t.dep_ == "poss" and (states.at(t) or ("", ""))[1] == "capital":
            capital_owner = states.at(t)[0]
        for d in t.subtree:
            if _first(d):
                whose = whose or FIRST_PERSON
            if d.dep_ == "poss" and normalise(d.text) in ("their", "its") and (d.head == noun or d.head.head == noun
                                                                             and d.head.dep_ == "poss" and d.head.pos_ == "PROPN"):
                # "four members of their People's Bureau": "their" on the first word of the mission's name
                whose = whose or THIRD_PERSON
            hit = states.at(d)
            if hit is not None and hit[1] in ("norp", "state"):
                whose = hit[0] if whose == THIRD_PERSON else whose or hit[0]   # "expelled their North Korean
                # ambassadors": the nationality says whose, "their" only whose posts they held
            elif hit is not None and hit[1] in ("place", "capital") and t.dep_ == "compound" and _mission(noun):
                host = host or hit[0]   # "our Moscow embassy": the mission serves in Moscow's state
    whose = whose or capital_owner
    antecedents = whose_antecedents(noun, states)
    whose = whose or (antecedents[0] if antecedents else None)   # "Britain, whose diplomats were expelled from Egypt"
    for prep, obj in _prep_objects(noun, "of", "from", "at", "to", "in", "with"):
        if prep == "to":
            hit = states.at(obj) or _place_before_name(obj, states)   # "the Ambassador to Ruritania Ivan Petrov"
            if hit is not None and hit[1] in PLACES:
                host = host or hit[0]
            continue
        if prep == "in":
            hit = states.at(obj)
            if _mission(obj):   # "a second secretary in the U.S. embassy in Moscow": the embassy's people
                inner_whose, inner_host = _whose(obj, states)
                whose, host = whose or inner_whose, host or inner_host
            elif hit is not None and hit[1] in PLACES:
                host = host or hit[0]
            continue
        inner_whose, inner_host = _whose(obj, states)
        host = host or inner_host
        if inner_whose and (prep == "of" or _mission(obj) or (states.at(obj) or ("", ""))[1] == "norp"):
            if whose in (FIRST_PERSON, THIRD_PERSON) and _mission(obj) and not inner_whose.startswith("@"):
                whose = inner_whose   # "six of our people from the British Embassy": the mission names "our"
            whose = whose or inner_whose
    serving = _serving_participle(noun)   # "15 Cuban diplomats accredited in Panama", "an attache posted to Lima":
    for prep, obj in _prep_objects(serving, "in", "to", "at", "with", "for") if serving is not None else ():   # where
        hit = states.at(obj)   # they serve; "twelve agents working at the Embassy of France": whose mission
        if _mission(obj) and (prep != "to" or normalise(serving.text) in ("attached", "accredited")):   # "people
            # attached (accredited) to the Soviet embassy": its people
            inner_whose, inner_host = _whose(obj, states)
            whose, host = whose or inner_whose, host or inner_host
        elif hit is not None and hit[1] in PLACES and prep in ("in", "to"):
            host = host or hit[0]
    titles = [t for t in compounds_before(noun) if t.pos_ == "NOUN"]   # "Washington-based Soviet military attache (Lt.
    # Col.) Yuri Petrov": the name the head, its title a compound of it (or of the rank)
    for based in [c for n in [noun] + titles for c in n.children if c.dep_ == "amod" and normalise(c.text) in _SERVING]:
        for place in [p for p in based.children if p.dep_ in ("npadvmod", "compound", "nmod") and p.i < based.i]:
            hit = states.at(place)   # "Washington-based Soviet military attache": where he serves
            if hit is not None and hit[1] in PLACES:
                host = host or hit[0]
    for place in _place_of_deed(noun):   # "two diplomats suspected of spying in Freedonia": where they did it
        hit = states.at(place)
        if hit is not None and hit[1] in PLACES:
            host = host or hit[0]
    appos = [a for a in noun.children if a.dep_ == "appos"] or [a for a in [appositive(noun)] if a is not None]
    for a in [a for a in appos if not (_numbered(a) and (states.at(a) or ("", ""))[1] in ("state", "capital"))]:
        inner_whose, inner_host = _whose(a, states)
        whose, host = whose or inner_whose, host or inner_host
    if whose is None and normalise(noun.text) in MISSIONS and \
            any(c.dep_ == "det" and normalise(c.text) == "the" for c in noun.children):
        # "two members of the embassy": the mission the article named before ("the Freedonian embassy")
        words = [normalise(t.text) for t in noun.lefts if t.dep_ == "compound"] + [normalise(noun.text)]
        whose = THE + " ".join(words)
    if whose is None and noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and noun.head.i < noun.i and \
            not any(c.dep_ in ("amod", "compound", "nummod", "det", "poss") for c in noun.lefts):
        whose = _whose(noun.head, states)[0]   # "Soviet journalists and diplomats": the nationality before both
    return whose, host


_SUSPECTED = {"suspected", "accused", "charged", "caught"}


def _place_of_deed(noun) -> list:
    """"diplomats suspected of espionage in Freedonia", "accused of spying in Freedonia": the place named after the deed
    the people are suspected of, where they served (the "in" on the deed or on the participle itself); also after the
    deed they go for ("the expulsion of 13 diplomats for spying in Freedonia")."""
    deeds = [c for c in noun.children if c.dep_ == "acl" and normalise(c.text) in _SUSPECTED and c.i > noun.i]
    places = []
    for participle in deeds:
        deeds_of = [d for c in participle.children if c.dep_ == "prep" and normalise(c.text) == "of"
                    for d in c.children if d.dep_ in ("pobj", "pcomp")]   # "of espionage", "of spying"
        for deed in deeds_of:
            places += [obj for _, obj in _prep_objects(deed, "in")]
        places += [obj for _, obj in _prep_objects(participle, "in")]
    for gerund in [d for c in noun.children if c.dep_ == "prep" and normalise(c.text) == "for" and c.i > noun.i
                   for d in c.children if d.dep_ == "pcomp" and d.tag_ == "VBG"]:
        places += [obj for _, obj in _prep_objects(gerund, "in")]   # "13 diplomats (expelled) for spying in Freedonia"
    return places


def _birthplace(tok) -> bool:
    """"Armenian-born", "Soviet-born" before a noun: the place of birth, not the people's state; "Moscow-based": the
    place they serve in (their host, _whose), not their state either."""
    w = normalise(tok.text)
    return w == "born" or w.endswith("-born") or (tok.dep_ == "amod" and w in _SERVING)


def _own_mission(tok, states: States) -> bool:
    """"Embassy", "Legation's" with no article, nationality or owner: in a telegram, the writer's mission."""
    return normalise(tok.text) in MISSIONS and tok.text[:1].isupper() and states.at(tok) is None and \
        not any(c.dep_ in ("det", "poss", "amod", "compound", "nmod") for c in tok.children)


def mission_of_its(noun, actor: Optional[str], states: States) -> tuple[Optional[str], Optional[str]]:
    """"Ruritania closed the Freedonian embassy and gave its diplomats ten days to leave", "the Freedonian
    consulate in Strelsau was closed and its diplomats were told to leave": "its" people are those of the one
    mission of another state the sentence names before them; (their state, the host the mission's place
    names), else (None, None)."""
    if not any(c.dep_ == "poss" and normalise(c.text) == "its" for c in noun.children):
        return None, None
    found = set()
    for t in noun.sent:
        if t.i >= noun.i:
            break
        if t.pos_ in ("NOUN", "PROPN") and _mission(t):   # "the Libyan People's Bureau"
            w, host = _whose(t, states)
            if w is not None and not w.startswith("@") and w != actor:
                found.add((w, host if host != w else None))
    return found.pop() if len({w for w, _ in found}) == 1 and len(found) == 1 else (None, None)


def actors_own(noun, tok) -> bool:
    """"Freedonia expelled its own diplomats", "dismissed their own envoy": "its own" or "their own" on the object
    of an active trigger `tok` is the subject's own people, and no state expels its own diplomats: another sense
    (removed from office), no expulsion of one state's people by another."""
    return noun is not None and noun.dep_ == "dobj" and noun.head == tok and \
        any(c.dep_ in ("nsubj", "csubj") for c in tok.children) and \
        any(c.dep_ == "poss" and normalise(c.text) in ("its", "their") for c in noun.children) and \
        any(c.dep_ == "amod" and normalise(c.text) == "own" for c in noun.children)


def _place_before_name(obj, states: States) -> Optional[tuple[str, str]]:
    """"the Freedonian Ambassador to Ruritania Ivan Petrov was expelled": a title's "to" with the envoy's name right
    after the state, which the parser takes for the first word of the name (a compound of its last word): that state,
    where the envoy serves; else None."""
    if obj.pos_ != "PROPN":
        return None
    first = obj.doc[obj.left_edge.i]
    if first.dep_ != "compound" or first.head != obj:
        return None
    hit = states.at(first)
    return hit if hit is not None and hit[1] in PLACES else None

