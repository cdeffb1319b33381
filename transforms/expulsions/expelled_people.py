"""Whom a trigger expels, how many, and whose people they are: the expelled noun phrase read from the parse.

    read_people(trigger, noun, expeller, out) -> People

(the records of trigger_facts.py: `Trigger`, the `ExpelledNoun`, the `Expeller` read so far).

A step of grammar.read_sentence, run once the actor is known (whose "its" and "our" people are depends on
it). From the expelled noun (`expelled_tok`, and `base`, the phrase its count was read from) it reads, in
this order (_count, _whose_and_host, _people_told_before, _diplomats_or_not):

- the count: the noun's number, coordinated groups summed, "each" from its antecedent, a number after a
  dash or in an amount, "the same number" as the expulsion before, the people "along with" them;
- whose they are and where they serve (`whose`, `host`): a nationality, a possessive, "of Chile", the
  mission they are sent from, the envoy told of his own staff, the speaker's "our";
- the people of an expulsion told before: a bare number ("and Austria four"), "two more", "they",
  "four of them", a headline's "13 EXPELLED" whose story follows;
- whether they are diplomats at all (`other`: journalists, migrants, a company's staff; `settled`: no
  other reading may make them diplomats; `unvetted`: a bare name the story may tell of later).
"""
from __future__ import annotations

from typing import NamedTuple, Optional

from transforms.expulsions.anaphora import (MANY, ONE, bare_number, people_anaphor, people_earlier,
                                            people_in_sentence, whole_anaphor)
from transforms.expulsions.arguments import retaliator
from transforms.expulsions.headcounts import (along_with, count_of, number_after_dash,
                                              number_in_amount, number_of, people_on_trigger_noun,
                                              stranded_conjunct)
from transforms.expulsions.coordinated_people import group_of
from transforms.expulsions.own_envoys_home import home_sent_to
from transforms.expulsions.owners import asked_states, owner_after_the_last
from transforms.expulsions.places import told_at
from transforms.expulsions.protests import protested_over
from transforms.expulsions.international_staff import of_international_body
from transforms.expulsions.people import (_is_personnel, _mission, added_personnel, cabinet_minister, other_fellows, _weak,
                                          definite_personnel, diplomatic, includes_diplomats,
                                          international_official, more_of_the_same, other_role,
                                          of_another_body, own_people)
from transforms.expulsions.phrase_states import state_of_phrase
from transforms.expulsions.whose_people import _whose, appositive_whose, mission_of_its
from transforms.expulsions.nationals import answered_nationals, deported_nationals, nationals_en_masse
from transforms.expulsions.several import each_others_officials
from transforms.expulsions.sums import picked_from_several
from transforms.expulsions.speakers import addressee, possessor, speaking_envoy
from transforms.expulsions.parse_words import (AFTER, BEFORE, ENVOY, ENVOY_WORDS, FIRST_PERSON, GOVERNMENT_HEADS, HOME_BODIES,
                                               NOUN_DOERS, OTHER_ROLES,
                                               PNG_PREDICATES, PREVIOUS, SAME_NUMBER, THE, THIRD_PERSON, Reading,
                                               _child, _clause_subject, _passive, _prep_objects, lemma, normalise)
from transforms.expulsions.legislators import member_of_legislature
from transforms.expulsions.png_people import role_outside_diplomacy
from transforms.expulsions.story_officials import story_officials
from transforms.expulsions.cut_sizes import cut_from_to
from transforms.expulsions.triggers_parse import cut_by
from transforms.expulsions.trigger_facts import ExpelledNoun, Expeller, People, Trigger


class Count(NamedTuple):
    """What _count finds."""
    count: Optional[int]
    at_least: bool
    base: object              # the token the count was read from
    same: bool                # "the same number" as the reading before


class WhoseAndHost(NamedTuple):
    """What _whose_and_host finds."""
    whose: Optional[str]
    host: Optional[str]
    asked: list               # the states asked to withdraw them
    envoy: object             # the envoy (a diplomat or a mission) told of them, or None


class ToldBefore(NamedTuple):
    """What _people_told_before finds: whose they are and how many, and how they point back."""
    whose: Optional[str]
    count: Optional[int]
    elliptic: bool            # a bare number after another expulsion ("and Austria four")
    earlier: Optional[str]    # the people named before ("ordered 30 of them to leave")
    inside: object            # (whose, count) of the people this sentence names, or None
    anaphor: object           # "They", "both of them": ONE, MANY or None
    partitive: bool           # "four of them"


def read_people(trigger: Trigger, noun: ExpelledNoun, expeller: Expeller, out: list[Reading]) -> People:
    """The expelled side of one trigger, read from its expelled noun (`noun`) once the actor side (`expeller`:
    actor, actor_tok, aggregate, voice) is read; `out`: the readings of the sentence so far, for "the same
    number". No expelled noun: nothing known of them."""
    if noun.tok is None:
        return People(None, False, None, None, False, False, False, False, False, [], None)
    count, at_least, base, same = _count(trigger, noun.tok, out)
    whose, host, asked, envoy = _whose_and_host(trigger, noun, base, expeller)
    told_before = _people_told_before(trigger, noun, base, whose, count)
    whose, other, settled, unvetted = _diplomats_or_not(trigger, noun.tok, base, expeller.actor, envoy, told_before)
    return People(told_before.count, at_least, whose, host, other, settled, same, told_before.partitive, unvetted,
                  asked, base)


def _count(trigger: Trigger, expelled_tok, out: list[Reading]) -> Count:
    """(count, at_least, base, same): how many are expelled - the noun's number (`base`: the token it was read
    from), an amount, a number after a dash, a stranded conjunct, "40 expulsions", a cut "by 35", "the same number"
    as the reading before (`same`), and the people "along with" them."""
    tok, kind, gov, states = trigger.tok, trigger.kind, trigger.gov, trigger.states
    count, at_least, base = count_of(expelled_tok, states)
    if picked_from_several(tok, base):   # "The highest-ranking Cuban expelled was X": one of several
        count, at_least = None, False
    if count is None and expelled_tok.tag_ in ("NNS", "NNPS"):
        count = number_in_amount(gov if kind == "png" and gov is not None else tok)   # "expelled Russian
        # diplomats in the number of 15 persons", a translation's word order
    if count is None and kind == "expel":
        count = number_after_dash(expelled_tok)   # "expels Russian diplomats – 23 have a week to leave"
    if kind == "png" and count is not None and stranded_conjunct(expelled_tok, tok, states):
        count += 1   # "declared the Iraqi Ambassador and an attache persona non grata"
    if count is None and kind == "noun":   # "announced 40 expulsions of Russian diplomats": one each
        count = next((number_of(c) for c in tok.children if c.dep_ == "nummod" and number_of(c)
                      and not 1000 <= number_of(c) <= 2100), None)
    if kind == "reduce":   # "reduce the staff of the X embassy by 35", "from 40 to 25": how many go
        by = cut_by(tok)
        count, at_least = number_of(by) if by is not None else cut_from_to(tok), False
    same = normalise(expelled_tok.text) == "number" and \
        any(normalise(c.text) in SAME_NUMBER for c in expelled_tok.children)
    if count is None and out and same:
        count = out[-1].count   # "expel 20 Germans in response to ... expel the same number of Russians"
    counted = {t.i for t in group_of(expelled_tok) + along_with(expelled_tok, states)}
    for more in (along_with(tok, states) + (people_on_trigger_noun(tok, states) if kind in ("noun", "png") else [])
                 if count is not None else ()):
        if more.i in counted:
            continue   # "to expel him and the 20 other diplomats": found from the people and from the verb
        counted.add(more.i)
        extra, extra_at_least, _ = count_of(more, states)
        count = None if extra is None else count + extra
        at_least = at_least or extra_at_least
    return Count(count, at_least, base, same)


def _whose_and_host(trigger: Trigger, noun: ExpelledNoun, base, expeller: Expeller) -> WhoseAndHost:
    """(whose, host, asked, envoy): whose people they are and the state their mission serves in - the noun's own
    nationality or possessive, the mission they are sent from, "its" read from the actor or the subject, the envoy
    told of them (`envoy`, when a diplomat or a mission), the speaker's "our"; `asked`: the states asked to
    withdraw them."""
    tok, kind, gov, states = trigger.tok, trigger.kind, trigger.gov, trigger.states
    expelled_tok, owner = noun.tok, noun.owner
    actor, actor_tok, aggregate, voice = expeller.actor, expeller.actor_tok, expeller.aggregate, expeller.voice
    whose, host = _whose(base, states)
    whose = whose or appositive_whose(base, states)   # "Mr. Petrov, the Ruritanian charge d'affaires"
    if whose is None or whose == THE + normalise(base.text):   # "16 diplomats and four staff of the X Embassy",
        whose = owner_after_the_last(base, states) or whose   # "the first secretary, the attache and two clerks of"
    if whose in (None, FIRST_PERSON, THIRD_PERSON) and (kind in ("expel", "removal", "noun") or
                                                        kind == "withdraw" and _passive(tok)):
        # "expelling four diplomats from the Iranian embassy", "kicked out two of our attachés from
        # the American Embassy in Warsaw" (on the verb), "the withdrawal of the Attaché at His
        # Majesty's Legation" (on the noun), "asked that an attaché should be withdrawn from the Soviet
        # Embassy": the mission says whose "our" people are; "expel an official at the Freedonian embassy in
        # Strelsau" (the parser hanging "at" on the verb): the embassy's people
        for prep, obj in _prep_objects(tok, "from", "at"):
            if _mission(obj):
                w2, h2 = _whose(obj, states)
                whose, host = _named(w2) or whose, h2 or host
    if host is None and kind == "expel":   # "Five Libyan diplomats have been expelled from the embassy in
        host = next((h for _, obj in _prep_objects(tok, "from", "at") if _mission(obj)   # London": the state it
                     for h in (_whose(obj, states)[1],) if h), None)   # serves in
    if base != expelled_tok:
        w2, h2 = _whose(expelled_tok, states)
        # "six of our people from the British Embassy": the mission's state, not just "our"
        whose = _named(w2) if whose in (FIRST_PERSON, THIRD_PERSON) and _named(w2) else whose or w2
        host = host or h2
    asked = asked_states(owner, states) if whose in (None, THIRD_PERSON) else []
    if whose in (None, THIRD_PERSON) and owner is not None:   # "withdraw two members of its mission"
        whose = state_of_phrase(owner, states) or whose
    if whose == THIRD_PERSON and actor not in (None, FIRST_PERSON):   # "condemned the expulsion of its diplomats"
        whose = possessor(tok, actor, states) or whose
    if whose == THIRD_PERSON and actor is None and not aggregate and kind == "noun" and (
            tok.dep_ == "dobj" and lemma(tok.head) not in NOUN_DOERS or protested_over(tok) is not None):
        whose = possessor(tok, None, states) or whose   # "China decried the expulsion of two of its diplomats",
        # "protested over the expulsion of its ambassador" (by whom not said): the subject's own people
    if whose == THIRD_PERSON and actor != FIRST_PERSON:   # "closed the X embassy and gave its diplomats"
        w2, h2 = mission_of_its(base, actor, states)
        whose, host = w2 or whose, host or h2
    if whose == THIRD_PERSON and actor not in (None, FIRST_PERSON) and (
            kind == "expel" and own_people(base, actor_tok, tok) or
            kind == "removal" and gov is not None and own_people(base, actor_tok, gov)):
        whose = actor   # "Kenya ordered its ambassador home", "the withdrawal of its ambassador": a recall
    envoy = addressee(tok)
    if whose == THIRD_PERSON and envoy is not None:   # "the Bureau was informed that two of its members"
        whose = _named(state_of_phrase(envoy, states)) or _named(_whose(envoy, states)[0]) or whose
    bare_mission = envoy is not None and whose is not None and whose.startswith(THE) and \
        whose[len(THE):] in ("embassy", "mission", "legation", "consulate")   # "informing him that one
    whose = None if bare_mission else whose   # employee of the Embassy had been declared ...": the envoy's
    if envoy is not None and whose is None and (normalise(envoy.text) in ("he", "she") or
                                                bare_mission and normalise(envoy.text) in ("him", "her")):
        whose = f"{THE}{ENVOY}"   # "he was told that ...": the envoy the article named last
    if envoy is not None and whose is None and _is_personnel(base, states) and \
            lemma(envoy.head) in ("tell", "inform", "notify"):
        whose = _named(_whose(envoy, states)[0])   # "informed the Hungarian Minister that the activities of
        # Major X, the assistant military attache, were ...": a named state's envoy is told of his own staff
    envoy = envoy if envoy is not None and (_is_personnel(envoy, states) or _mission(envoy)) else None   # or a mission
    if envoy is None:   # "the Freedonian ambassador told reporters that X had expelled four of his staff": the envoy
        teller = speaking_envoy(tok, base)   # who tells of "his" people
        envoy = teller if teller is not None and diplomatic(teller, states) else None
    if envoy is not None and whose is None:
        whose = _whose(envoy, states)[0] or f"{THE}{normalise(envoy.text)}"
    host = host or (_whose(envoy, states)[1] if envoy is not None else None)   # "the Bureau in London was told"
    host = host or (told_at(gov, states) if kind == "leave" and gov is not None else None)
    if whose is None and kind == "expel" and not base.like_num:   # (a bare "sent 109 ... back to China": not envoys)
        whose = home_sent_to(tok, actor, states)   # "sent his counterpart back to Fredville": the state he is sent home to
    if whose == FIRST_PERSON and voice:
        whose = voice
    return WhoseAndHost(whose, host, asked, envoy)


def _people_told_before(trigger: Trigger, noun: ExpelledNoun, base, whose, count) -> ToldBefore:
    """(whose, count, elliptic, earlier, inside, anaphor, partitive): the people of an expulsion told before - a bare
    number ("The Netherlands expelled 17 and Austria four", `elliptic`), "two more", the retaliator's, "the
    diplomats" named before, "30 of them" (`earlier`), those this sentence names (`inside`), "They", "four of
    them" (`anaphor`, `partitive`)."""
    tok, kind, gov, span, states = trigger.tok, trigger.kind, trigger.gov, trigger.span, trigger.states
    expelled_tok, hung = noun.tok, noun.hung
    # "The Netherlands expelled 17 and Austria four": a bare number, the people of the previous expulsion
    asked_out = kind == "leave" and gov is not None and _passive(gov) and expelled_tok.dep_ == "nsubjpass" and \
        expelled_tok.head == gov   # "three had been asked to leave": a bare number, the people told of before
    asked_out = asked_out or kind == "leave" and gov is not None and not _passive(gov) and \
        expelled_tok.dep_ == "dobj" and expelled_tok.head == gov   # "..., ordering two to leave"
    elliptic = (kind == "expel" or asked_out or kind == "leave" and _child(expelled_tok, "amod") is not None and
                normalise(_child(expelled_tok, "amod").text) == "more") and \
        expelled_tok.pos_ == "NUM" and base == expelled_tok and not people_anaphor(base) and \
        (expelled_tok.dep_ in ("dobj", "npadvmod") or hung or   # "expelled 47 last month": the parser's "47 ... month"
         expelled_tok.dep_ == "nsubjpass" and bool(_prep_objects(tok, "by", "from")) or   # "four were expelled from X"
         expelled_tok.dep_ == "nsubjpass" and (_more(expelled_tok) or asked_out) or   # "and two more were ordered out"
         expelled_tok.dep_ == "nummod" and (expelled_tok.head.dep_ == "npadvmod" or expelled_tok.head == tok or
                                             normalise(expelled_tok.head.text) in ("more", "each")))
    # ("responded by expelling five": the parser hangs the bare count on the verb as its number)
    elliptic = elliptic or normalise(expelled_tok.text) in ("more", "others") and base == expelled_tok and \
        expelled_tok.dep_ in ("dobj", "nsubjpass") and any(c.dep_ == "nummod" for c in expelled_tok.children)
    # ("Washington then expelled 55 more": the parser makes "more" the object, its number on it; "On Thursday it
    # expelled three others", "three others were expelled": more of those told before, as "three more")
    elliptic = elliptic and not _body_of_no_state(_child(tok, "nsubj") or _clause_subject(tok), states)   # "The
    # school expelled three more", "The university responded by expelling five"
    if elliptic and whose is None or added_personnel(base) and (whose is None or whose.startswith(THE)):
        whose = f"{THE}{PREVIOUS}"   # ("ordered two more to leave", "Another diplomat was told to leave"):
        # more of the people of the previous expulsion
    if whose is None and kind == "expel":   # "retaliated against X for expelling 18 diplomats": the retaliator's
        whose = retaliator(tok, states)
    if whose is None:   # "Austria later expelled the diplomats": the "<nationality> diplomats" named before
        whose = definite_personnel(base)
    earlier = people_earlier(base, span, states) if whose is None else None   # "... ordered 30 of them to leave"
    whose = whose or earlier
    inside = people_in_sentence(base, span, states) if whose is None and base == expelled_tok else None
    if inside is not None:   # "arrested two Freedonian diplomats and expelled them": those people
        whose, count = inside
    anaphor = whole_anaphor(expelled_tok, base) if whose is None and not any(   # "They", "both of them"
        t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "amod") and _is_personnel(t, states)
        for t in span if t.i < base.i) else None   # ("the Ruritanian Foreign Ministry": no person)
    partitive = kind == "expel" and expelled_tok.dep_ == "dobj" and base != expelled_tok and not anaphor and \
        normalise(base.text) == "them" and number_of(expelled_tok) is not None and whose in (None, THIRD_PERSON)
    if partitive:   # "Canada expelled four of them": as many of the people the sentence before names
        anaphor, whose = MANY, THE + BEFORE   # (another state's expulsion before it: story._before)
    if anaphor:   # "They were given a week to leave": the people the sentence before names
        whose = THE + BEFORE
        count = 1 if anaphor == ONE else (count if number_of(base) is not None or partitive else None)
    return ToldBefore(whose, count, elliptic, earlier, inside, anaphor, partitive)


def _body_of_no_state(subject, states) -> bool:
    """Is the subject of a verb of expelling a common noun that names no state, no government and no official ("the
    school", "the ruling party")? Its bare number is no more of the people a state expelled before."""
    return subject is not None and subject.pos_ == "NOUN" and state_of_phrase(subject, states) is None and \
        normalise(subject.text) not in GOVERNMENT_HEADS | HOME_BODIES and not _is_personnel(subject, states) and \
        not _weak(subject)


def _diplomats_or_not(trigger: Trigger, expelled_tok, base, actor, envoy, told_before: ToldBefore):
    """(whose, other, settled, unvetted): are they diplomats? `other`: no (journalists, a company's staff, migrants);
    `settled`: nothing may make them diplomats; `unvetted`: a bare name the story may tell of later. A number
    over a headline (whose: the story after it) and one of "seven other U.S. diplomats" are read here too."""
    tok, kind, states = trigger.tok, trigger.kind, trigger.states
    whose, elliptic, earlier = told_before.whose, told_before.elliptic, told_before.earlier
    inside, anaphor = told_before.inside, told_before.anaphor
    word = normalise(base.text)
    more = more_of_the_same(base)   # "six more Soviet citizens": more of the people expelled before
    settled = (word in OTHER_ROLES or other_role(base) or cabinet_minister(base)) and not includes_diplomats(base, states) and \
        not any(_mission(t) for t in base.subtree) and not more   # "12 embassy workers" are the mission's
    settled = settled or international_official(base) or of_international_body(base) or member_of_legislature(base) or \
        of_another_body(base, states, tok if kind == "expel" else None)   # "30 employees of
    # Russian companies", "expelled four officials from the Russian company Gazprom"
    answered = answered_nationals(tok, base, states)   # "retaliated by throwing out 25 British nationals"
    settled = settled and not answered
    own_staff = envoy is not None and _weak(base) and any(   # "told the ambassador that two of his staff"
        normalise(t.text) in ("his", "her", "its") and t.dep_ == "poss"   # "the Bureau ... two members of its staff"
        for t in list(base.children) + [c for _, o in _prep_objects(base, "of") for c in o.children])
    fellows = other_fellows(base, states)   # "Melton and seven other U.S. diplomats": he is one of them
    if fellows is not None and whose is None:
        whose = _named(_whose(fellows, states)[0])
    named_png = kind == "png" and normalise(tok.text) not in PNG_PREDICATES and \
        not role_outside_diplomacy(base, states)   # "undesirable" needs diplomats; "a Russian historian" is none
    from_mission = kind == "expel" and _weak(base) and any(_mission(obj) for _, obj in _prep_objects(tok, "from", "at"))
    # "expelled four senior officials from the Embassy of the Russian Federation": the mission's people
    ahead = whose is None and not settled and base == expelled_tok and bare_number(base)
    if ahead:   # "13 EXPELLED FROM CANADA": whom, the story under the headline says (story._before)
        whose = THE + AFTER
    other = settled or not (named_png or diplomatic(base, states) or answered or word in ("him", "her", "he", "she") or
                            ahead or
                            from_mission or each_others_officials(base, states) or
                            kind == "expel" and base == expelled_tok and story_officials(base, tok, actor, states) or
                            own_staff or more or
                            fellows is not None or
                            elliptic or bool(anaphor) or bool(earlier) or inside is not None or
                            (base != expelled_tok and diplomatic(expelled_tok, states)))
    titled = base.pos_ == "PROPN" and any(c.dep_ == "compound" and normalise(c.text) in ENVOY_WORDS
                                          for c in base.children)   # "Ambassador Kang": whose, the story may say
    unvetted = (other or named_png or titled) and not settled and whose is None and base.pos_ == "PROPN" and \
        base.text[:1].isupper() and states.at(base) is None   # "asked Mr. Petrov to leave": a diplomat if the story
    # said so before; "declared Ambassador Kang persona non grata": whose envoy, if the story said so before
    other = other and not unvetted
    if deported_nationals(tok, base, states) or nationals_en_masse(base, states):   # "deported more than 300
        other = settled = True   # Guatemalans", "ordered 1,500 Palestinians to leave": migrants, no diplomats
    return whose, other, settled, unvetted


def _named(code: Optional[str]) -> Optional[str]:
    """A state the text names, not a person ("our", "their") or a pointer back ("the embassy")."""
    return code if code is not None and not code.startswith("@") else None


def _more(number) -> bool:
    """"two more": a number of more people of the kind told before."""
    more = _child(number, "amod")
    return more is not None and normalise(more.text) == "more"
