"""The state a noun phrase stands for as an actor, read from the parse ("Minsk expelled", "the Polish
Government", "Washington's order", "the Gulf nation of Bahrain"). Also a body of the document's own state named bare
("the Foreign Ministry": `bare_home_body`), "he" of a second clause (`first_conjunct_subject`) and the states of
coordinated nationalities ("the Kuwaiti and Bahraini foreign ministries": `nationality_conjuncts`).

people.py says whether the people a phrase names are people a diplomatic expulsion can be about.
"""
from __future__ import annotations

from typing import Optional

from transforms.expulsions.parse_words import (CROWN, FIRST_PERSON, GOVERNMENT_HEADS, HOME_BODIES, States, _first,
                                               _prep_objects, name_before_hyphen, normalise)

_MEMBER_NOUNS = {"country", "nation", "state", "member", "ally", "partner",
                 "countries", "nations", "states", "members", "allies", "partners"}
_GROUPS = {"EU"}   # a union of states: "an EU country", "an EU member" name one of its states, not which;
# "the EU countries that expelled ..." some of them, not the Union

# what a state is called when the sentence names it after "of" ("the Gulf nation of Bahrain")
_KINDS_OF_STATE = frozenset({"nation", "country", "state", "kingdom", "republic", "emirate", "island", "sultanate",
                             "principality", "monarchy"})


_MISSION_HEADS = frozenset({"embassy", "embassies", "consulate", "consulates", "legation", "legations", "chancery"})


def state_of_phrase(tok, states: States, allow_weak: bool = False) -> Optional[str]:
    """The state a noun phrase headed by tok stands for (actor sense). A state's mission abroad ("the Freedonian
    Embassy in Strelsau said that ...") stands for none: it expels no one."""
    w = normalise(tok.text)
    if _first(tok):
        return FIRST_PERSON
    if w in _MISSION_HEADS:
        return None
    phrase = " ".join(normalise(t.text) for t in tok.subtree)
    for crown, code in CROWN.items():
        if phrase.startswith(crown) or phrase.startswith("the " + crown):
            return code
    # "the Foreign Ministry in Beijing", "the government of X"; one of its people: "a Foreign Ministry spokesman in Bonn"
    body = [c for c in tok.children if c.dep_ == "compound" and normalise(c.text) in GOVERNMENT_HEADS]
    of_body = bool(body) and not any(states.at(d) for c in body for d in c.subtree)   # not "a State Department official"
    if normalise(tok.text) in GOVERNMENT_HEADS or of_body:
        for prep, obj in _prep_objects(tok, "in", "of") if not of_body else _prep_objects(tok, "in"):
            hit = states.at(obj)
            if hit is None and prep == "of":
                hit = next((states.at(o) for _, o in _prep_objects(obj, "of") if states.at(o) is not None), None)
                # "the Ministry of Foreign Affairs of Ruritania": the state after the ministry's own name
            if hit is not None and hit[1] in ("state", "capital"):
                return hit[0]
    hit = states.at(tok)
    if hit is not None and (hit[1] in ("state", "norp", "capital") or (allow_weak and hit[1] == "person")):
        return hit[0]   # a capital acts for its state only as the phrase itself ("Minsk expelled")
    if w in _KINDS_OF_STATE:   # "the Gulf nation of Bahrain", "the island state of Nauru": the state named after "of"
        named = [states.at(obj) for _, obj in _prep_objects(tok, "of")]
        if named and named[0] is not None and named[0][1] == "state":
            return named[0][0]
    group_member = w in _MEMBER_NOUNS   # "an EU country expelled ...": which group, not which state
    for left in tok.lefts:   # "the Polish Government", "Soviet Minister of Foreign Affairs X", "our predecessor"
        if left.dep_ not in ("amod", "compound", "poss", "nmod"):
            continue
        for t in left.subtree:
            if _first(t):
                return FIRST_PERSON
            hit = states.at(t)
            if hit is not None and group_member and hit[0] in _GROUPS:
                return None
            if hit is not None and hit[1] == "norp" and epithet_of_a_state(tok, states, hit[0]):
                return None
            if hit is not None and (hit[1] in ("state", "norp") or
                                    hit[1] == "capital" and t == left and left.dep_ == "poss"):
                return hit[0]   # "Washington's order": a capital's possessive is its state's
    first = name_before_hyphen(tok)
    if first is not None:   # "Saudi Foreign Minister Adel al-Jubeir said": the titles hang on the name's first half
        return state_of_phrase(first, states, allow_weak)
    return None


_EPITHET_HEADS = frozenset({"nation", "country"})


def epithet_of_a_state(tok, states: States, code: str) -> bool:
    """"the Central African nation kicked out ...", "the Gulf country": "the" + a word of nationality or region +
    "nation" or "country" is what a story calls a state it names elsewhere, not a name. Where the text never names
    the state of that nationality ("Central African" is also the Central African Republic's; the story names Chad),
    the epithet is no sign that this one acts: its state is not told here. ("The Ruritanian state", its government,
    is that state's.)"""
    return normalise(tok.text) in _EPITHET_HEADS and \
        any(c.dep_ == "det" and normalise(c.text) == "the" for c in tok.children) and not states.names_state(code)


def bare_home_body(tok, states: States) -> bool:
    """Is the phrase headed by tok a body or office named bare, with "the" and no state, person or other
    word of whose it is ("the Government", "the Foreign Secretary", "the Home Office"; not "the Libyan
    Government", "the Government of Ruritania", "a minister", "their Foreign Ministry")? In a document
    that says whose parliament or government speaks, it is that state's."""
    if normalise(tok.text) not in HOME_BODIES or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    kids = list(tok.children)
    if not any(c.dep_ == "det" and normalise(c.text) == "the" for c in kids):
        return False
    if any(c.dep_ in ("poss", "appos", "relcl", "acl", "nmod") for c in kids):
        return False
    if any(c.dep_ == "prep" and not _office_of(c, states) for c in kids):
        return False   # "the Government of Ruritania", "the Government of the Congo"
    return not any(states.at(t) is not None for c in kids if c.dep_ in ("amod", "compound") for t in c.subtree)


_OFFICE_OBJECTS = {"state", "affairs"}   # "the Minister of State", "the Secretary of State for Foreign Affairs"


def _office_of(prep, states: States) -> bool:
    """Is `prep` the "of State" / "for Foreign Affairs" that names an office, and no state, in its own words?"""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return normalise(prep.text) in ("of", "for") and len(objects) == 1 and \
        normalise(objects[0].text) in _OFFICE_OBJECTS and not any(states.at(t) is not None for t in prep.subtree)


def first_conjunct_subject(tok):
    """"he" of a clause joined to one whose subject is a noun phrase ("The Lord Privy Seal called X to the
    Office ... and he asked him to leave"): that noun phrase; any other token as it is."""
    if tok is None or normalise(tok.text) not in ("he", "she") or tok.dep_ != "nsubj" or tok.head.dep_ != "conj":
        return tok
    first = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
    return first if first is not None and first.pos_ in ("NOUN", "PROPN") else tok


_GOVERNMENTS = {"governments", "ministries", "authorities", "administrations", "cabinets", "juntas", "regimes"}


def nationality_conjuncts(actor, states: States) -> list[str]:
    """"the Kuwaiti and Bahraini foreign ministries", "the Latvian and Estonian governments": the states of
    nationalities coordinated before a plural government noun; [] for any other phrase."""
    if actor.tag_ not in ("NNS", "NNPS") or normalise(actor.text) not in _GOVERNMENTS:
        return []
    first = next((c for c in actor.children if c.dep_ in ("amod", "compound", "nmod") and c.i < actor.i
                  and (states.at(c) or ("", ""))[1] == "norp"), None)
    codes, todo = [], [first] if first is not None else []
    while todo:
        t = todo.pop(0)
        hit = states.at(t)
        if hit is None or hit[1] != "norp":
            return []
        codes.append(hit[0])
        todo += [c for c in t.children if c.dep_ == "conj"]
    return list(dict.fromkeys(codes))


def states_beside_others(tok, states: States) -> list[str]:
    """"The United States and 10 other nations that kicked out Syrian diplomats", "Ruritania, Freedonia and other
    countries expelled ...": the states named beside "(N) other countries" (the noun a relative clause on the list
    may hang from), each one of those that act; [] for any other phrase (no "other": "Ruritania and its allies")."""
    from transforms.expulsions.coordinated_people import group_of
    from transforms.expulsions.lexicon import STATE_PLURALS
    if tok is None:
        return []
    top = tok
    while top.dep_ == "conj" and top.head.i < top.i:
        top = top.head
    group = group_of(top)
    others = [t for t in group if t.pos_ == "NOUN" and t.text.islower() and normalise(t.text) in STATE_PLURALS]
    if len(others) != 1 or not any(c.dep_ == "amod" and normalise(c.text) == "other" for c in others[0].children):
        return []
    named = [state_of_phrase(t, states) for t in group if t != others[0]]
    if not named or any(c is None or c.startswith("@") or c == FIRST_PERSON for c in named):
        return []
    return list(dict.fromkeys(named))
