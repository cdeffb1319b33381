"""People named as a nation's nationals rather than as diplomats (grammar.py): deported migrants ("deported more
than 300 Guatemalans"), and the other side's people thrown out in answer to an expulsion ("the USSR retaliated by
throwing out 25 British nationals", "Moscow responded in kind, ousting 11 people"), who are the tit-for-tat's
diplomats and others of the mission's state."""
from __future__ import annotations

from transforms.expulsions.headcounts import count_of
from transforms.expulsions.parse_words import DETAINED, IN_KIND, NATIONALS_DEPORTED, NATIONALS_MASS, PERSONNEL, States, \
    lemma, normalise

_CITIZENS = {"national", "nationals", "citizen", "citizens", "subject", "subjects"}
_PEOPLE = {"people", "persons"}
_ANSWER_NOUNS = {"retaliation", "response", "return", "reply", "answer", "reprisal"}


def deported_nationals(trigger, people, states: States) -> bool:
    """"deported more than 300 Guatemalans", "the deportation of 40 Afghans": people named by a nationality alone,
    deported (patterns/grammar.json nationals_deported), in a story that names no diplomat by a word of its own
    (an embassy that speaks is none), are migrants, not diplomats. ("if Canada deported Russians" in a story of
    deported Russian diplomats are some; told as held, they are detainees in any story: `held`; a thousand or more,
    migrants in any story: `en_masse`.)"""
    hit = states.at(people)
    word = normalise(people.text)
    return lemma(trigger) in NATIONALS_DEPORTED and hit is not None and hit[1] == "norp" and \
        not (word in PERSONNEL or word.rstrip("s") in PERSONNEL) and \
        (not states.names_diplomats or held(people, trigger) or en_masse(people, states))


def en_masse(people, states: States) -> bool:
    """"had repatriated or deported almost 11,000 Haitians", "the deportation of 2,000 Freedonians": people deported
    by the thousand (patterns/grammar.json nationals_deported_mass) are migrants, however many diplomats the story
    names besides ("Haiti's envoy, Ambassador X, denounced ..."): no state sends that many diplomats home at once."""
    count = count_of(people, states)[0]
    return count is not None and count >= NATIONALS_MASS


def nationals_en_masse(people, states: States) -> bool:
    """"ordered 1,500 Freedonians to leave the country", "expelled some 50,000 Freedonians": people named by a
    nationality alone and counted by the thousand (patterns/grammar.json nationals_deported_mass) are a nation's
    nationals, whatever the verb that puts them out and however many diplomats the story names ("ordered 1,500
    Palestinians to leave Libya" beside an envoy): no state has sent a thousand of another's diplomats home at once."""
    hit = states.at(people)
    word = normalise(people.text)
    return hit is not None and hit[1] == "norp" and people.pos_ in ("NOUN", "PROPN") and \
        not (word in PERSONNEL or word.rstrip("s") in PERSONNEL) and en_masse(people, states)


def held(people, trigger) -> bool:
    """"deport 11 Iraqis held for suspected terrorism", "the 30 Freedonians who were detained", "deported 11
    Freedonians arrested in a raid": a participle of detention (patterns/grammar.json detention_verbs) on the people,
    or the parser's readings of it (a small clause whose subject they are; a participle hung on the trigger after
    them). A diplomat is not held: these are detainees."""
    def detention(tok) -> bool:
        return tok.tag_ == "VBN" and lemma(tok) in DETAINED
    if any(c.dep_ in ("acl", "relcl") and detention(c) for c in people.children):
        return True
    if people.dep_ in ("nsubj", "nsubjpass") and detention(people.head) and people.head.head == trigger:
        return True   # "deport 11 Iraqis held for ...": the parser's small clause
    return any(c.dep_ == "advcl" and detention(c) and c.i > people.i for c in trigger.children)


def answered_nationals(trigger, people, states: States) -> bool:
    """"The USSR retaliated by throwing out 25 British nationals", "Moscow responded in kind, ousting 11 people",
    "expelled 25 British citizens in retaliation": nationals, citizens or people expelled by a verb of answering
    ("retaliated by", "responded ..., ousting") or, with their nationality, with "in retaliation"/"in response" on
    the trigger are the tit-for-tat's people, not migrants."""
    if normalise(people.text) not in _CITIZENS | _PEOPLE:
        return False
    by = trigger.head if trigger.dep_ == "pcomp" else None
    if by is not None and normalise(by.text) == "by" and lemma(by.head) in IN_KIND:
        return True   # "retaliated by throwing out"
    if trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and lemma(trigger.head) in IN_KIND:
        return True   # "responded in kind, ousting 11 people"
    return any((states.at(t) or ("", ""))[1] in ("norp", "state") for t in people.lefts) and any(
        c.dep_ == "prep" and normalise(c.text) == "in" and
        any(normalise(o.text) in _ANSWER_NOUNS for o in c.children if o.dep_ == "pobj")
        for c in trigger.children)   # "expelled 25 British citizens in retaliation"
