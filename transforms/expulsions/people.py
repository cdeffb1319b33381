"""Whom a noun phrase names: whether they are people a diplomatic expulsion can be about (read from the parse).
The state a phrase stands for as an actor: phrase_states.py; whose people they are and where they serve:
whose_people.py."""
from __future__ import annotations

from typing import Optional

from transforms.expulsions.places import place_earlier
from transforms.expulsions.international_teams import international_unit, on_international_team, task_mission
from transforms.expulsions.lexicon import ARMED_FORCES_PEOPLE
from transforms.expulsions.parse_words import (
    ADDED_PEOPLE, CROWN, EXPEL, INTERNATIONAL_BODIES, MISSIONS, OFFICIAL_BODIES,
    OTHER_ROLES, OTHER_WORKPLACES, PEOPLE_PAIRS, PERSONNEL, STAFF, THE,
    WEAK_PERSONNEL,
    PATTERNS, States, _child, _first, _prep_objects, lemma, normalise)


PLACES = ("state", "place", "capital")   # what a mission serves in, or a person is expelled from
PORTFOLIOS = frozenset(PATTERNS["portfolio_words"])   # "the Freedonian foreign minister": a government's member


_SERVING = {"accredited", "posted", "stationed", "based", "serving", "assigned", "working", "employed", "attached"}


def definite_personnel(noun) -> Optional[str]:
    """"the diplomats", "the two attaches" with no nationality of their own: `THE` + the noun, for the
    story to take the nationality of the last "<nationality> <noun>" named before (person_state.named_before)."""
    word = normalise(noun.text)
    if (word in PERSONNEL or word.rstrip("s") in PERSONNEL) and \
            any(c.dep_ == "det" and normalise(c.text) == "the" for c in noun.children):
        return THE + word
    return None


def added_personnel(noun) -> bool:
    """"Another diplomat", "a third diplomat", "a further two diplomats", "three additional staff": people with
    no nationality of their own, told as more of the people of the expulsion before."""
    word = normalise(noun.text)
    return (word in PERSONNEL or word.rstrip("s") in PERSONNEL) and any(
        c.dep_ in ("det", "amod", "advmod") and normalise(c.text) in ADDED_PEOPLE for c in noun.children)


def other_fellows(name, states: States):
    """"Melton and seven other U.S. diplomats", "Petrov and two other officials": the people a name is joined to as
    "other" ones of their kind, which says what the name's bearer is; else None."""
    if name.pos_ != "PROPN":
        return None
    return next((c for c in name.children if c.dep_ == "conj" and _is_personnel(c, states) and
                 any(d.dep_ == "amod" and normalise(d.text) == "other" for d in c.children)), None)


def _mission_word(word: str) -> bool:
    """A mission noun, singular or plural ("the embassy", "the diplomatic missions of A and B")."""
    return word in MISSIONS or (word.endswith("s") and word[:-1] in MISSIONS) or \
        (word.endswith("ies") and word[:-3] + "y" in MISSIONS)


def _mission(tok) -> bool:
    """A state's mission: "the embassy", "the consulate general", Libya's "People's Bureau"; never one named by a task
    no embassy does ("the peacekeeping mission", "the ceasefire mission": international_teams.task_mission)."""
    return (_mission_word(normalise(tok.text)) or any(normalise(c.text) in MISSIONS for c in tok.children
                                                      if c.dep_ == "compound") or
            (normalise(tok.text) == "bureau" and any(normalise(c.text) == "people" for c in tok.children))) and \
        not task_mission(tok)


def _weak(tok) -> bool:
    w = normalise(tok.text)
    return w in WEAK_PERSONNEL or w.rstrip("s") in WEAK_PERSONNEL or w in ("staff", "people")


def other_role(tok) -> bool:
    """A name whose own titles or apposition say what its bearer is, and that is no diplomat: "Hungarian
    President Laszlo Solyom", "the British politician George Galloway", "Ivan Petrov, a Freedonian actor"."""
    if tok.pos_ != "PROPN":
        return False
    roles, todo = set(), [tok]
    if tok.dep_ == "compound":   # the parser may hang title and name side by side on a later word
        siblings = [c for c in tok.head.children if c.dep_ == "compound" and c.i < tok.i]
        roles.update(normalise(c.text) for c in siblings)
        todo += siblings
    while todo:
        t = todo.pop()
        for c in t.children:
            if c.dep_ == "compound" and c.i < t.i or c.dep_ == "appos":
                roles.add(normalise(c.text))
                todo.append(c)
    if "minister" in roles and roles & PORTFOLIOS:
        return True   # "Freedonian Foreign Minister Ivo Marek": a member of a government (cabinet_minister)
    return bool(roles & OTHER_ROLES) and not roles & (PERSONNEL | WEAK_PERSONNEL)


def cabinet_minister(tok) -> bool:
    """A minister of a government, no diplomat: "minister" (or "ministers") with a word of a portfolio
    (patterns/grammar.json portfolio_words) before it or in its "of" ("the Freedonian foreign minister", "Graustark's
    defence minister", "the Syldavian minister of foreign affairs"), alone (joined to diplomats, "the defence minister
    and two diplomats", the diplomats are read as before)."""
    return not any(c.dep_ == "conj" for c in tok.children) and _portfolio_minister(tok)


def _portfolio_minister(tok) -> bool:
    """"minister(s)" with a word of a portfolio before it or in its "of" (cabinet_minister, joined or not)."""
    if tok.pos_ not in ("NOUN", "PROPN") or normalise(tok.text) not in ("minister", "ministers"):
        return False
    words = {normalise(c.text) for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i}
    words |= {normalise(t.text) for _, obj in _prep_objects(tok, "of") for t in obj.subtree}
    return bool(words & PORTFOLIOS)


def role_of_no_diplomat(noun) -> bool:
    """A common noun of a role that is no diplomat's: a government's minister by portfolio, a president, a king."""
    return noun.pos_ == "NOUN" and (normalise(noun.text) in OTHER_ROLES or _portfolio_minister(noun))


def diplomats_beside_role(noun, states: States):
    """The first diplomats joined to a noun that names no diplomat, a government's member or another role ("expelled
    Freedonia's defence minister and two Freedonian diplomats", "the Freedonian president and two Freedonian
    diplomats"): they alone are the people expelled; None when the noun is no such role or no diplomats are joined."""
    if not role_of_no_diplomat(noun):
        return None
    return next((c for c in noun.children if c.dep_ == "conj" and diplomatic(c, states)), None)


def includes_diplomats(tok, states: States) -> bool:
    """"25 British nationals, including diplomats and journalists" (or "journalists and diplomats"): people of any
    kind, among them diplomats; "all Soviet technicians and diplomats": diplomats joined to them with no number of
    their own (what is said of the one is said of the other); "Algerian nationals holding diplomatic passports":
    diplomats by their papers."""
    if tok.pos_ == "NOUN" and tok.ent_type_ not in ("DATE", "TIME") and any(
            _is_personnel(c, states) and not any(d.dep_ in ("nummod", "det") for d in c.children)
            for c in tok.children if c.dep_ == "conj"):
        return True
    papers = [o for c in tok.children if c.dep_ in ("acl", "prep") and normalise(c.text) in ("holding", "with", "carrying")
              for o in c.children if o.dep_ in ("dobj", "pobj") and normalise(o.text) in ("passport", "passports")]
    return any(_is_personnel(t, states) for _, obj in _prep_objects(tok, "including")
               for t in [obj] + [c for c in obj.subtree if c.dep_ == "conj"]) or \
        any(normalise(c.text) == "diplomatic" for p in papers for c in p.children if c.dep_ == "amod")


def diplomatic(tok, states: States) -> bool:
    """People a diplomatic expulsion can be about: a diplomatic noun, a nationality of people ("four
    Libyans"); a weak noun ("officials", "employees", "members") only with a nationality on the noun
    itself ("Soviet officials"), its own people ("our people") or a mission in its phrase ("members of
    the Embassy"); never "employees of the British Council". Any noun, with diplomats among those it
    includes ("25 nationals, including diplomats and journalists"). "ones" are of the kind of the last
    people the sentence named before them ("31 Soviet diplomats and ... 19 British ones")."""
    if normalise(tok.text) == "ones":
        named = next((t for t in reversed(tok.doc[tok.sent.start:tok.i]) if t.pos_ == "NOUN" and t.tag_ == "NNS"), None)
        return named is not None and named.dep_ != "appos" and \
            (_personnel_word(named, states) or _weak(named) or any(_mission(t) for t in named.subtree))
    if _is_personnel(tok, states) or any(_mission(t) and not international_unit(t, states) for t in _own_phrase(tok)):
        return True
    if any((normalise(c.text), normalise(tok.text)) in ARMED_FORCES_PEOPLE for c in tok.children
           if c.dep_ in ("amod", "compound")):
        return False   # "Chadian military personnel" (the parser may make "military" a compound): troops, no diplomats
    if includes_diplomats(tok, states) or envoys_staff(tok, states):
        return True
    if not _weak(tok) and normalise(tok.text) not in PEOPLE_PAIRS:
        return False
    if _working_at_mission(tok) or any(c.dep_ == "amod" and normalise(c.text) == "diplomatic" for c in tok.children):
        return True   # "the diplomatic staff of Argentina and Chile"
    if normalise(tok.text) in PEOPLE_PAIRS:
        return False   # "a Freedonian couple": two people of that nationality, no mission's
    if any(normalise(obj.text) in OFFICIAL_BODIES and any((states.at(t) or ("", ""))[1] in ("norp", "state")
                                                          for t in obj.subtree)
           for _, obj in _prep_objects(tok, "of")):
        return True   # "90 members of Soviet official organisations", "105 employees of Soviet institutions"
    for left in tok.lefts:
        for t in left.subtree:
            hit = states.at(t)
            if _first(t) or (hit is not None and hit[1] in ("norp", "state")) or normalise(t.text) in CROWN:
                return True
            if t.dep_ == "poss" and t.head == tok and normalise(t.text) in ("their", "its"):
                return True   # "25 of their agents": the other side's own people
            if t.dep_ == "poss" and t.head == tok and place_earlier(t, states):
                return True   # "the Baltic nation's top representative": a state's own, named as a place before
    return any((states.at(obj) or ("", ""))[1] in ("state", "capital")
               for _, obj in _prep_objects(tok, "to"))   # "its top representative to Beijing": an envoy to a state


def _serving_participle(noun):
    """The participle after people that says where they serve: "diplomats accredited in Panama", "twelve agents
    working at the Embassy of France" (also where the parser made the people its subject rather than hanging it
    on them); None when there is none."""
    for c in noun.children:
        if c.dep_ == "acl" and normalise(c.text) in _SERVING and c.i > noun.i:
            return c
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.i == noun.i + 1 and verb.tag_ in ("VBG", "VBN") and normalise(verb.text) in _SERVING:
        return verb
    return None


def of_another_body(tok, states: States, verb=None) -> bool:
    """"30 employees of Russian companies", "members of Freedonian football clubs", "expelled four officials from
    the Russian company Gazprom" ("from" on the people or on the verb): weak people of a body of a nationality that
    is neither a mission nor one of its state's official bodies: no diplomats, whatever the nationality says."""
    bodies = _prep_objects(tok, "of", "from") + (_prep_objects(verb, "from") if verb is not None else [])
    if _weak(tok) and (_other_workplace(tok, own=False) or any(_other_workplace(obj) for obj in _workplaces(tok, verb))):
        return True   # "the Freedonian staff of the aid agency", "Freedonian aid staff": the body says what they are
    bodies = [(p, _named_body(obj)) for p, obj in bodies]
    return _weak(tok) and any(
        obj is not None and obj.pos_ == "NOUN" and not _mission(obj) and normalise(obj.text) not in OFFICIAL_BODIES and
        not _personnel_word(obj, states) and
        any((states.at(t) or ("", ""))[1] in ("norp", "state") for t in obj.lefts)
        for _, obj in bodies)


def _workplaces(tok, verb) -> list:
    """Where people work, as their phrase says: "of", "at", "with", "for" on them ("four employees of the relief
    organisation", "staff with the aid group"), "from"/"at"/"with" on the verb of expelling, where the parser may hang
    them ("expelled two employees at the company"), or a participle of serving after them ("staff working for the
    charity")."""
    on_verb = _prep_objects(verb, "from", "at", "with") if verb is not None else []
    on_verb = [(p, obj) for p, obj in on_verb if not _prep_objects(obj, "of")]   # "with the aid of the police"
    return [obj for _, obj in _prep_objects(tok, "of", "from", "at", "with", "for") + on_verb] + _served_at(tok)


def international_official(tok) -> bool:
    """"UN Secretary-General Antonio Guterres", "Guterres, the United Nations chief": a named person whose title
    names an organisation of many states serves none of them; expelled, he is no state's diplomat."""
    if tok.pos_ != "PROPN":
        return False
    title = [t for t in tok.subtree if t != tok and not any(a.dep_ in ("prep", "relcl", "acl") for a in _up_to(t, tok))]
    words = f" {' '.join(t.text for t in title)} "
    return any(f" {body} " in words for body in INTERNATIONAL_BODIES)


def _own_phrase(tok) -> list:
    """The words of a noun's own phrase: its subtree less what a clause on it does something to ("members of the
    Embassy", "people attached to the embassy" are the mission's; in "Ruritania's move to reduce the Freedonian
    mission" the mission is what the move acts on, its people no part of the move)."""
    return [t for t in tok.subtree if not any(u.dep_ == "dobj" for u in _up_to(t, tok))]


def _up_to(t, top) -> list:
    """`t` and its heads below `top`."""
    out = []
    while t != top and t.head != t:
        out.append(t)
        t = t.head
    return out


def _named_body(obj):
    """The common noun of a body's phrase: the object itself, or the noun before a name ("the Ruritanian company
    Ruroil", which the parser may hang on the name)."""
    if obj.pos_ != "PROPN":
        return obj
    return next((c for c in reversed(list(obj.lefts)) if c.dep_ == "compound" and c.pos_ == "NOUN"), None)


def _working_at_mission(tok) -> bool:
    """People of a mission by the participle after them ("twelve agents working at the Embassy of France")."""
    serving = _serving_participle(tok)
    return serving is not None and any(_mission(obj) for _, obj in _prep_objects(serving, "at", "in", "with", "for"))


def envoys_staff(tok, states: States) -> bool:
    """"the ambassador's deputy", "the consul's two aides": someone who works for a diplomat (the
    possessor a diplomatic noun) is of the mission; "the ambassador's wife" is no member of it."""
    w = normalise(tok.text)
    return (w in STAFF or w.rstrip("s") in STAFF or _weak(tok)) and \
        any(c.dep_ == "poss" and _is_personnel(c, states) for c in tok.children)


def owned_staff(tok) -> bool:
    """"his deputy", "their two aides": a staff noun with an owner, one of the people beside the envoy it
    is coordinated with ("the ambassador and his deputy"); also counted and coordinated with no owner ("the
    military attache and two assistants": his, as the coordination says)."""
    w = normalise(tok.text)
    return (w in STAFF or w.rstrip("s") in STAFF or (w.endswith("ies") and w[:-3] + "y" in STAFF)) and any(
        c.dep_ == "poss" or (c.dep_ == "nummod" and tok.dep_ == "conj") for c in tok.children)


def appositive(tok):
    """"Captain X, a British official of consular rank": the apposition after a name, also where the
    parser hung it elsewhere."""
    for a in tok.children:
        if a.dep_ == "appos" and a.i > tok.i:
            return a
    doc = tok.doc
    if tok.pos_ == "PROPN" and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," and \
            normalise(doc[tok.i + 2].text) in ("a", "an", "the"):
        for t in doc[tok.i + 3:min(tok.i + 7, len(doc))]:
            if t.dep_ == "appos":
                return t
    return None


def suspected_to_be(noun) -> list:
    """"Alexander Lysenko, suspected of being the Freedonian intelligence chief": the post a participle of suspicion
    on a named person says he held, a title in apposition all but in name."""
    if noun.pos_ != "PROPN":
        return []
    return [a for c in noun.children if c.dep_ == "acl" and normalise(c.text) in ("suspected", "accused")
            for p in c.children if p.dep_ == "prep" and normalise(p.text) == "of"
            for b in p.children if b.dep_ == "pcomp" and normalise(b.text) == "being"
            for a in b.children if a.dep_ == "attr"]


def _is_personnel(tok, states: States) -> bool:
    """A diplomatic noun, a nationality of people, or a name in apposition with one ("Captain X, a
    British official of consular rank"), or suspected of being one."""
    a = appositive(tok)
    if a is not None and a != tok and a.dep_ == "appos" and diplomatic(a, states):
        return True
    if any(diplomatic(post, states) for post in suspected_to_be(tok)):
        return True   # "Ivan Petrov, suspected of being the Freedonian intelligence chief"
    return _personnel_word(tok, states) or _titled_name(tok)


def _titled_name(tok) -> bool:
    """A name under a diplomat's title: "French Ambassador Sylvain Itte", "Consul Ivan Petrov" (the
    parser hangs the title on the surname as a compound), "military attache Lt. Col. Ivan Petrov" (on the rank
    hung on the name)."""
    return tok.pos_ == "PROPN" and any(normalise(c.text) in PERSONNEL for c in compounds_before(tok))


def compounds_before(tok) -> list:
    """The compounds before `tok`, and theirs in turn: a name's titles and ranks ("attache Lt. Col. Ivan Petrov")."""
    out, todo = [], [tok]
    while todo:
        found = [c for c in todo.pop().children if c.dep_ == "compound" and c.i < tok.i]
        out += found
        todo += found
    return out


def _personnel_word(tok, states: States) -> bool:
    """A diplomatic noun or a nationality of people, by the word itself."""
    w = normalise(tok.text)
    if w in PERSONNEL or w.rstrip("s") in PERSONNEL or (w.endswith("ies") and w[:-3] + "y" in PERSONNEL):
        return True
    if w in ("general", "generals") and any(c.dep_ == "compound" and normalise(c.text) in PERSONNEL
                                            for c in tok.children):
        return True   # "the consul general", parsed with "general" as the head
    hit = states.at(tok)   # a nationality of people ("four Libyans") only in an article that speaks of diplomats:
    # "deporting Afghans living in the country illegally" in a story of migrants is no diplomatic expulsion
    if hit is not None and hit[1] == "norp" and (_working_elsewhere(tok) or on_international_team(tok, states, _mission)):
        return False   # "Americans working at three major U.S. newspapers": journalists, no mission's people; "six
    # Americans on a U.N. inspection team": the organisation's inspectors (international_teams.py)
    return hit is not None and (hit[1] == "person" or (hit[1] == "norp" and states.diplomatic)) and \
        tok.pos_ in ("PROPN", "NOUN")


def _working_elsewhere(tok) -> bool:
    """People named by their nationality whose participle places them at a workplace that is no mission ("Americans
    working at three major U.S. newspapers", "Freedonians employed by two banks"): a common noun, never a name
    ("Russians working for the KGB") nor a place ("Russians based in London")."""
    places = _served_at(tok)
    return any(obj.pos_ == "NOUN" for obj in places) and not any(_mission(obj) for obj in places)


def _served_at(tok) -> list:
    """What the participle after people says they work at or for ("working at three newspapers", "employed by two
    banks", "working for the charity"); [] with no such participle."""
    serving = _serving_participle(tok)
    return [obj for _, obj in _prep_objects(serving, "at", "in", "with", "for", "by")] if serving is not None else []


def _other_workplace(body, own: bool = True) -> bool:
    """A body that `OTHER_WORKPLACES` says is no state's mission: its head or a word on it ("the aid agency", "the
    relief organisation", "two banks", "the United Nations Children's Fund"; with `own` False only the words on it:
    the people's own "Freedonian aid staff"), with no mission word anywhere in its phrase ("the staff of their trade
    mission", "the embassy's aid section" stay the mission's)."""
    words = [body] * own + [c for c in body.children if c.dep_ in ("compound", "amod") and c.i < body.i]
    return any(normalise(w.text) in OTHER_WORKPLACES for w in words) and not any(_mission(t) for t in body.subtree)


def _relative_head(noun, states: States):
    """The noun a relative clause is about: "two diplomats in Strelsau, who were declared" is about the
    diplomats, not the city."""
    h = noun
    for _ in range(3):
        hit = states.at(h)
        if hit is None or hit[1] not in PLACES or h.dep_ != "pobj":
            break
        h = h.head.head
    if _is_personnel(h, states) or _weak(h):
        return h
    for t in reversed(noun.doc[max(noun.i - 15, 0):noun.i]):   # "employees in X, and the Consulate in Y, who"
        if t.pos_ == "NOUN" and (_is_personnel(t, states) or _weak(t)):
            return t
    return h


_GENERIC_PEOPLE = frozenset({"citizens", "nationals", "people", "persons", "individuals"})


def more_of_the_same(people) -> bool:
    """"six more Soviet citizens" (after 25 Soviet diplomats were expelled): people of no calling, counted as "more",
    are more of the people the story expelled before, whatever word it now calls them by."""
    if normalise(people.text) not in _GENERIC_PEOPLE or not any(c.dep_ == "nummod" for c in people.children):
        return False
    near = [c for c in people.children] + [m for c in people.children if c.dep_ == "nummod" for m in c.children]
    return any(normalise(m.text) == "more" and m.dep_ in ("amod", "advmod") for m in near)   # (on the number or the noun)


def heads_of_mission_each(people) -> bool:
    """"the Syrian ambassadors", "their ambassadors" with no number: one head of mission for each state that
    expels them ("France and Germany expelled the Syrian ambassadors from their countries")."""
    if people is None or people.tag_ not in ("NNS", "NNPS") or any(c.dep_ in ("nummod", "conj") for c in people.children):
        return False
    if not any(c.dep_ in ("det", "poss") and normalise(c.text) in ("the", "their") for c in people.children):
        return False
    word = normalise(people.text)
    if word == "commissioners":
        return any(normalise(c.text) == "high" for c in people.lefts)
    return word in ("ambassadors", "envoys", "nuncios")


def one_head_of_mission(people) -> bool:
    """"the Lebanese ambassador", "the chargé d'affaires": a state has one at its post, so states that expel
    him each expel their own."""
    if people is None or any(c.dep_ == "conj" for c in people.children):
        return False
    word = normalise(people.text)
    if word == "d'affaires":   # "the Spanish charge d'affaires": its first word carries the title
        return any(c.dep_ == "compound" and normalise(c.text) in ("charge", "chargé") for c in people.children)
    if people.tag_ not in ("NN", "NNP"):
        return False
    if word == "commissioner":
        return any(normalise(c.text) == "high" for c in people.lefts)
    return word in ("ambassador", "envoy", "nuncio")


def own_people(noun, actor_tok, verb) -> bool:
    """"Kenya ordered its ambassador home", "the Soviets sent their attachés home": a possessive that
    agrees with the subject of the verb itself is the subject's own (a singular state "its", a plural
    "their"); "25 of their agents" under "our" is the other side's. A state never expels, deports or
    throws out its own people: "The United States expelled four of its members" (after "the Libyan
    mission") are the mission's, the other side of the story."""
    if actor_tok is None or actor_tok.head != verb or actor_tok.dep_ != "nsubj":
        return False
    if lemma(verb) in EXPEL - {"oust"} or any(c.dep_ == "prt" and normalise(c.text) == "out" for c in verb.children):
        return False
    plural = actor_tok.tag_ in ("NNS", "NNPS")
    owners = [c for c in list(noun.children) + [c for _, o in _prep_objects(noun, "of") for c in o.children]
              if c.dep_ == "poss"]
    return any(normalise(c.text) == ("their" if plural else "its") for c in owners)


def complement_read_as_relative(verb):
    """"informed the body that Ruritania had expelled twelve of his colleagues": a "that" clause after the object of a
    verb of telling, which the parser reads with "that" as the clause verb's object (hanging the clause on the one told
    as a relative clause, or not), though the verb has an object of its own after it. That object (None for a true
    relative clause, or a clause with one object)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) < 2 or normalise(objects[0].text) != "that" or objects[0].i > verb.i:
        return None
    return next((o for o in objects if o.i > verb.i), None)


def object_gap(verb):
    """"the 23 Russian diplomats we expelled", "the diplomats that Ruritania expelled": the noun a relative
    clause with no object of its own is on is the one expelled."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN") or _child(verb, "nsubj") is None:
        return None
    if complement_read_as_relative(verb) is not None:
        return None   # "informed the body that X had expelled twelve ...": no relative clause
    obj = _child(verb, "dobj")
    return verb.head if obj is None or normalise(obj.text) in ("that", "which", "whom", "who") else None


def reduced_passive(gov):
    """"the diplomats given a week to leave": the noun a past participle is on, with no subject of its own; also
    where the parser made the participle the sentence's verb, with no auxiliary, and the noun its subject."""
    if gov is None or gov.tag_ != "VBN":
        return None
    if gov.dep_ == "acl" and gov.head.pos_ in ("NOUN", "PROPN") and _child(gov, "nsubj", "nsubjpass") is None:
        return gov.head
    if gov.dep_ in ("ROOT", "ccomp") and _child(gov, "aux", "auxpass") is None:
        return _child(gov, "nsubj")
    return None


def _numbered(tok) -> bool:
    """"expelled three, Lithuania two, Latvia one": a name with a number on it is a gapped conjunct (the next
    state and its count), not an apposition naming the people."""
    return any(c.dep_ == "nummod" for c in tok.children)
