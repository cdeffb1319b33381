"""Where the people of an expulsion are sent from, when the sentence names no one who expels: "the country"
where the text stands ("expelled from this country", "must leave the country"), or the state they then left
("... were declared persona non grata, and they have now left the United Kingdom"). The story takes the actor
from it (sides.complete_sides: the story's other side, the state it speaks for, the dateline's country). Also the
places that name a state: "the Baltic nation" after it was named as a place (`place_earlier`), "from Venezuelan
territory" (`own_soil_left`), "from the territory of Germany" (`place_named`), "from the Russian city of Vladivostok"
(`state_of_place`)."""
from __future__ import annotations

from typing import Optional

from transforms.expulsions.lexicon import LEFT_PLACES
from transforms.expulsions.parse_words import BODIES_LEFT, GATHERINGS_LEFT, LEAVE, MISSIONS, ORDER, PERSONNEL, STAY, UNION_SEATS, States, _child, _passive, \
    _prep_objects, lemma, normalise


def _left_after(verb, states: States) -> tuple[Optional[str], bool]:
    """(state, "the country") that the people of a passive expulsion then left, from a verb of leaving
    conjoined to it whose subject is a pronoun for them ("... were declared persona non grata, and they
    have now left the United Kingdom", "... were expelled and left the country")."""
    if not _passive(verb):
        return None, False
    left = _left_by_the_people(verb, states)
    if left is not None:
        return left, False
    for c in verb.children:
        if c.dep_ == "conj" and (lemma(c) in ORDER or lemma(c) == "urge") and _child(c, "nsubj") is None:
            leave = next((x for x in c.children if x.dep_ == "xcomp" and lemma(x) in LEAVE), None)
            left = _state_of_place(place_left(leave, states), states) if leave is not None else None
            if left is not None:   # "was declared persona non grata and urged to leave Venezuelan territory"
                return left, False
        if c.dep_ != "conj" or lemma(c) not in LEAVE:
            continue
        subj = _child(c, "nsubj")
        if subj is not None and normalise(subj.text) not in ("they", "he", "she", "both", "all"):
            continue
        place = _child(c, "dobj")
        if place is None:
            continue
        hit = states.at(place)
        if hit is not None and hit[1] in ("state", "capital"):
            return hit[0], False
        return None, _this_country(place)
    return None, False


def _left_by_the_people(verb, states: States) -> Optional[str]:
    """The state the people a passive participle or relative clause tells of then left, as the subject of a verb of
    leaving: "The two Freedonian diplomats expelled last week left Strelsau on Friday", "The diplomats, who were
    declared persona non grata, left Ruritania": only the state they left could send them out of it."""
    people = verb.head if verb.dep_ in ("acl", "relcl") else None
    if people is None or people.dep_ != "nsubj" or lemma(people.head) not in LEAVE:
        return None
    return _state_of_place(place_left(people.head, states), states)


def _state_of_place(place, states: States) -> Optional[str]:
    """The state a place left names: the state or its capital ("leave Ruritania"), or the state a place noun is
    named for ("leave Venezuelan territory", "the Russian city of Vladivostok": state_of_place)."""
    if place is None:
        return None
    hit = states.at(place)
    if hit is not None:
        return hit[0] if hit[1] in ("state", "capital") else None
    return state_of_place(place, states)   # "Venezuelan territory", "the Russian city of Vladivostok"


def _this_country(tok) -> bool:
    """"the country", "this country": where the text stands."""
    return normalise(tok.text) == "country" and any(normalise(d.text) in ("the", "this") for d in tok.children)


def told_here(tok, kind: str, left_here: bool, gov=None) -> bool:
    """Whether the trigger sends the people out of "the country" where the text stands: they then left it
    (`left_here`), "must leave the country", "expelled from this country", "were ordered out", "no longer welcome
    in this country"; or they "were declared persona non grata" or, in a reported clause, "have been expelled" by no
    one named, or an envoy was asked by no one named to withdraw some of his staff: only the state they serve in can do
    that (sides.complete_sides takes the story's other side first)."""
    if kind == "png" and gov is not None and _passive(gov) and not any(
            c.dep_ == "agent" or c.dep_ == "prep" and normalise(c.text) == "by" for c in gov.children):
        return True
    if kind == "expel" and tok.dep_ == "ccomp" and any(c.dep_ == "auxpass" for c in tok.children) and \
            not _prep_objects(tok, "by", "from", "of") and not any(c.dep_ == "agent" or normalise(c.text) == "out"
                                                                  for c in tok.children):
        return True   # "the Foreign Secretary has told us that 25 Soviet officials have been expelled": reported,
        # by no one named, by the state the text stands in
    if kind == "png" and any(_this_country(o) for _, o in _prep_objects(tok, "in")):
        return True   # "were no longer acceptable in this country", "no longer welcome in the country"
    if kind == "leave" and gov is not None and _mission_asked_out(tok, gov):
        return True   # "two members of the Soviet Embassy have been asked to leave": by the state it stands in
    if kind in ("leave", "withdraw") and gov is not None and _told_envoy(gov):
        return True   # "the Ruritanian ambassador was told that three of his staff must leave", "has been asked to
        # withdraw two members of his staff": by the state he serves in
    if kind == "expel" and tok.dep_ == "xcomp" and lemma(tok.head) in ORDER and tok.head.dep_ == "acl" and \
            not _prep_objects(tok, "by", "from") and not _prep_objects(tok.head, "by", "from"):
        return True   # "MOSCOW - Five American diplomats ordered expelled for ... must leave": by no one named, from
        # where the story stands
    stay = _stay_place(tok) if kind == "leave" else None   # "will no longer be permitted to remain in this country"
    return left_here or kind == "leave" and any(c.dep_ == "dobj" and _this_country(c) for c in tok.children) or \
        stay is not None and _this_country(stay) or \
        kind == "expel" and (any(_this_country(o) for _, o in _prep_objects(tok, "from", "of")) or _out_of_here(tok))


def _told_envoy(gov) -> bool:
    """A verb of telling or ordering in the passive with no one named who tells, whose subject is a
    diplomat ("the ambassador was told", "the charge d'affaires was informed"): only the state he serves in
    tells him whom of his staff must leave."""
    if not _passive(gov) or lemma(gov) not in ORDER or any(
            c.dep_ == "agent" or c.dep_ == "prep" and normalise(c.text) == "by" for c in gov.children):
        return False
    told = _child(gov, "nsubjpass")
    return told is not None and normalise(told.text) in PERSONNEL


def _mission_asked_out(tok, gov) -> bool:
    """A verb of asking or ordering in the passive with no one named who asks, whose subject is people of a mission
    that stands nowhere named ("two members of the Soviet Embassy have been asked to leave", "three embassy officials
    were ordered to leave the country", a minister's answer in his parliament): only the state the mission stands in
    can ask them to leave it, and with no place named that is the state where the text stands. Not "members of the
    Soviet Embassy in Paris", "asked to leave the meeting" (a place of their own), "were asked by X"."""
    if not _passive(gov) or lemma(gov) not in ORDER or any(
            c.dep_ == "agent" or c.dep_ == "prep" and normalise(c.text) == "by" for c in gov.children):
        return False
    if any(c.dep_ == "dobj" and not _this_country(c) for c in tok.children) or _prep_objects(tok, "from"):
        return False
    from transforms.expulsions.passive_subjects import passive_subject   # (here: it reads people.py, which reads this)
    people = passive_subject(gov)   # (not "My Lords," before them)
    if people is not None and not _prep_objects(people, "in", "at"):
        missions = [o for _, o in _prep_objects(people, "of")] + \
            [c for c in people.children if c.dep_ == "compound" and normalise(c.text) in MISSIONS]
        return any(normalise(m.text) in MISSIONS and not _prep_objects(m, "in", "at") for m in missions)
    return False


def told_at(gov, states: States) -> Optional[str]:
    """The state whose body an envoy is told at, by no one named ("was told at the Foreign Office that ...",
    "was summoned to the Foreign Ministry and told", "was asked to call at the Foreign Office, where he was
    told"): the body tells him, for its state."""
    verbs = [gov] + [v for v in (gov.head,) if gov.dep_ == "conj" and v.pos_ in ("VERB", "AUX")]
    told = next((s for v in verbs for s in (_child(v, "nsubjpass"),) if s is not None), None)
    if told is None or not _passive(verbs[-1]) or lemma(gov) not in ORDER or \
            normalise(told.text) not in PERSONNEL | {"he", "she"} or \
            any(c.dep_ == "agent" or c.dep_ == "prep" and normalise(c.text) == "by" for v in verbs for c in v.children):
        return None
    bodies = [o for v in verbs for _, o in _prep_objects(v, "at", "to")]
    if gov.dep_ == "relcl" and any(normalise(c.text) == "where" for c in gov.children):
        bodies.append(gov.head)   # "... at the Foreign Office on Friday, where": the parser may hang it on the time
        if gov.head.dep_ == "pobj" and normalise(gov.head.head.text) == "on":
            bodies += [o for _, o in _prep_objects(gov.head.head.head, "at", "to")]
    found = {hit[0] for b in bodies for hit in (states.at(b),) if hit is not None and hit[1] == "state"}
    return found.pop() if len(found) == 1 else None


def _out_of_here(verb) -> bool:
    """"were ordered out of the country", "have been thrown out": "out" on the verb, of "the country" or of
    nowhere said (then the place where the text stands); never "out of the meeting", "out of Fredville"."""
    for c in verb.children:
        if c.dep_ in ("prt", "prep", "advmod") and normalise(c.text) == "out" and c.i > verb.i:
            places = [o for _, o in _prep_objects(c, "of")]
            if places:
                return all(_this_country(o) for o in places)
            return not list(c.children) and not _prep_objects(verb, "from", "of", "to")
    return False


def out_of(verb) -> list:
    """("of", place) of "out of" on the verb: "were ordered out of Western countries", "thrown out of Britain"."""
    return [p for c in verb.children if c.dep_ in ("prt", "prep", "advmod") and normalise(c.text) == "out"
            for p in _prep_objects(c, "of")]


def union_at_seat(actor: Optional[str], actor_tok, host: Optional[str], states: States) -> Optional[str]:
    """"Brussels summoned Nicaragua's ambassador to the EU and declared her persona non grata": a union's seat
    (patterns/grammar.json union_seats), named as the one who acts on an envoy accredited to that union, stands
    for the union, not for the state whose capital it is."""
    if actor_tok is None or host is None or host == actor:
        return actor
    hit = states.at(actor_tok)
    if hit is None or hit[1] != "capital":
        return actor
    return host if normalise(actor_tok.text) in UNION_SEATS.get(host, ()) else actor


_STATE_NOUNS = ("country", "nation", "kingdom", "republic", "emirate")
_PLACE_PREPS = ("from", "in", "to", "into", "inside", "within", "at")


def place_earlier(noun, states) -> Optional[str]:
    """"... recalling its ambassador from Freedonia following the country's decision to expel the envoy",
    "recalled its ambassador to Lithuania and expelled the Baltic nation's top representative": "the country"
    (a state noun, not "it") after one state named as a place in the same sentence ("from Freedonia") is that
    state, not the subject of the sentence before. "That country" points back further: after one state named as the
    object of any preposition ("closed the border with Freedonia and ordered the ambassadors of that country and
    Graustark to leave"); after two ("with Freedonia and Graustark") it is neither."""
    if noun.pos_ in ("PRON", "PROPN") or normalise(noun.text) not in _STATE_NOUNS or states.at(noun) is not None:
        return None   # a place told again, not "the government" of the deputies "in Warsaw", nor "the United Kingdom"
    that = demonstrative(noun)
    places = {hit[0] for t in noun.doc[noun.sent.start:noun.i] for hit in (states.at(t),)
              if hit is not None and hit[1] in ("state", "capital") and (
                  t.dep_ == "pobj" and (that or normalise(t.head.text) in _PLACE_PREPS) or that and t.dep_ == "conj")}
    return next(iter(places)) if len(places) == 1 else None


def demonstrative(noun) -> bool:
    """"that country", "that nation": a state noun that points back to one named before."""
    return normalise(noun.text) in _STATE_NOUNS and any(c.dep_ == "det" and normalise(c.text) == "that" for c in noun.children)


_NAMED_PLACES = frozenset({"city", "capital", "port", "territory", "territories", "soil", "island", "islands", "kingdom",
                           "republic", "country"})   # (not "post": "from his Soviet post" is the mission's state)


def state_of_place(place, states: States) -> Optional[str]:
    """"expelled from the Russian city of Vladivostok", "from the Soviet capital", "from the city of Moscow": the
    state a place noun is named for, by a nationality or state before it or a state or capital after its "of";
    None when it names none, or more than one."""
    if normalise(place.text) not in _NAMED_PLACES or states.at(place) is not None:
        return None
    hits = [states.at(c) for c in place.children if c.dep_ in ("amod", "compound", "poss") and c.i < place.i]
    hits += [states.at(o) for _, o in _prep_objects(place, "of")]
    codes = {h[0] for h in hits if h is not None and h[1] in ("norp", "state", "capital")}
    return codes.pop() if len(codes) == 1 else None


def state_left_on(verb, states: States) -> Optional[str]:
    """The state an active verb of expelling sends the people out of ("the government has expelled four Russian
    diplomats from Ireland", "threw them out of Ruritania"): the one who expels, where its subject names no state
    (a bare "government", "the authorities"); a mission ("from the Russian embassy") names whose people they are."""
    found = {hit[0] for _, obj in _prep_objects(verb, "from") + out_of(verb)
             for hit in (states.at(obj),) if hit is not None and hit[1] in ("state", "capital")
             and normalise(obj.text) not in MISSIONS and not any(normalise(c.text) in MISSIONS for c in obj.children)}
    found |= {code for _, obj in _prep_objects(verb, "from") + out_of(verb)
              for code in (state_of_place(obj, states),) if code is not None}   # "from the Russian capital"
    return found.pop() if len(found) == 1 else None


def own_soil_left(tok, states: States):
    """The state whose territory people are asked to withdraw from ("from Venezuelan territory", "from its
    soil"): the one who asks, where the sentence names it no other way."""
    for _, obj in _prep_objects(tok, "from"):
        if normalise(obj.text) in ("territory", "soil"):
            hits = [states.at(c) for c in obj.children if c.dep_ in ("amod", "poss", "compound")]
            return next((h[0] for h in hits if h is not None and h[1] in ("norp", "state")), None)
    return None


def hung_on_place(of, noun) -> bool:
    """"expulsion from the territory of Germany of 20 employees": the parser hangs "of 20 employees" on the state
    of the place the people leave; it is the trigger noun's own "of"."""
    place = of.head.head.head
    return of.head.dep_ == "pobj" and normalise(place.text) in LEFT_PLACES and place.head.head == noun and \
        normalise(place.head.text) == "from"


def place_named(noun):
    """"the territory of Germany", "the soil of Ruritania": the state of a place noun (LEFT_PLACES) that
    names it, else the noun itself."""
    if normalise(noun.text) in LEFT_PLACES:
        return next((o for _, o in _prep_objects(noun, "of")), noun)
    return noun


def _stay_place(verb):
    """Where people of a denied stay may no longer be ("permitted to remain in this country", "allowed to return
    to Ruritania"; phrasal_triggers.denied_stay): the place of a verb of staying, or None."""
    if lemma(verb) not in STAY:
        return None
    return next((o for _, o in _prep_objects(verb, "in", "within", "inside", "to")), None)


def place_left(leave, states: States):
    """The place a verb of leaving names: its object ("to leave Ghana"), the object of its "out of" ("to get out of
    Ghana"), the place a denied stay names ("not allowed to remain in Ghana"), and the state of "the territory of"
    ("leave the territory of the Republic of Lithuania"); or None."""
    left = _child(leave, "dobj") or next((o for c in leave.children if c.dep_ in ("prep", "prt", "advmod") and
                                          normalise(c.text) == "out" for _, o in _prep_objects(c, "of")), None) \
        or _stay_place(leave)
    for _ in range(2):
        if left is not None and states.at(left) is None and normalise(left.text) in ("territory", "soil", "republic"):
            left = next((o for _, o in _prep_objects(left, "of")), left)
    return left


def fronted_state(noun, states: States) -> Optional[str]:
    """"In Indonesia, the expulsion of a Soviet official was marked by a brawl": the state a sentence opens with as
    where its subject, an expulsion noun, took place; an expulsion happens where the expelling state rules."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    opening = noun.doc[noun.sent.start] if hasattr(noun, "sent") else None
    for prep in (c for c in noun.head.children if c.dep_ == "prep" and c.i < noun.i):
        obj = _child(prep, "pobj")
        hit = states.at(obj) if obj is not None else None
        if normalise(prep.text) == "in" and prep == opening and hit is not None and hit[1] == "state" and \
                any(t.text == "," for t in noun.doc[obj.i + 1:noun.i]):
            return hit[0]
    return None


def state_acted_in(verb, states: States, phrase=None) -> Optional[str]:
    """The state a passive verb of expelling or declaring names with "in" as where it was done ("two diplomats
    were declared persona non grata in Ruritania", "were expelled in Strelsau", "In Ruritania, two diplomats were
    expelled"): the state that expels, since an expulsion is done where the expelling state rules; `phrase` (the
    persona non grata phrase) may carry the "in" too. A state or its capital only, and only one; a mission ("in
    the Freedonian embassy") is whose people they are, not where; several states joined ("in Ruritania and
    Syldavia") name no one state."""
    heads = [verb] + ([phrase] + [t for t in phrase.subtree if t.i > phrase.i and t.i - phrase.i <= 2]
                      if phrase is not None else [])
    found = {hit[0] for h in heads for _, obj in _prep_objects(h, "in")
             for hit in (states.at(obj),) if hit is not None and hit[1] in ("state", "capital")
             and normalise(obj.text) not in MISSIONS and not any(c.dep_ == "conj" for c in obj.children)}
    return found.pop() if len(found) == 1 else None   # (not "in Ruritania and Syldavia": whose share is whose?)


def body_left(tok, states: States, people: bool = False) -> bool:
    """Is what the people are put out of a body or a gathering ("were expelled from a university course in Fredville",
    "expelled from the party", "the expulsion of two diplomats from the conference"; patterns/grammar.json bodies_left
    and gatherings_left), the object of "from" or "out of" on the trigger, naming no state or capital of its own?
    Then it is an expulsion in another sense. On the people (`people`: "expelled two diplomats from a meeting", where
    the parser hangs "from" on them) only a gathering is: "diplomats from the party" may be whose they are."""
    words = GATHERINGS_LEFT if people else BODIES_LEFT | GATHERINGS_LEFT
    for _, obj in _prep_objects(tok, "from") + out_of(tok):
        if normalise(obj.text) not in words:
            continue
        hit = states.at(obj)
        if hit is None or hit[1] not in ("state", "capital"):
            return True
    return False
