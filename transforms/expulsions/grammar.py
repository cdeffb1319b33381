"""Read an expulsion's arguments from a sentence's dependency parse: pure functions, no Beam.

    read_sentence(span, states) -> list[Reading]

`span` is a parsed spaCy Span (tagger + parser); `states` (`States`) says which state a
token stands for, from the article's resolved mentions. For every trigger in the
sentence (the lemmas in patterns/grammar.json) one `Reading` says:

- the actor: the subject of the trigger (or of the verb it hangs from: "decided to expel",
  "retaliated by expelling"), the passive agent ("by"), "from <state>" after a passive,
  the possessive of a noun ("Russia's expulsion of"), the requester of a withdrawal ("at our
  request", "a request from X for the withdrawal of"), or the state an order-to-leave names
  ("were required to leave the Soviet Union");
- the expelled: the object, the passive subject, the "of" complement of a noun, the people
  declared persona non grata, those told to leave; with their count (nummod, coordinated
  groups summed, "each" from its antecedent) and whose they are (nationality modifier,
  possessive, "of Chile", "members of the X Embassy", an apposition "a British official");
- several owners in one phrase ("three diplomats of Chile and one of Peru"): one reading per
  state, each with its own count (owners.py);
- a retaliation done "against" people ("the retaliatory action taken against three members of our
  embassy staff"), read only where the article's parse tells another expulsion;
- an unnamed government: the state of its seat ("the Foreign Ministry in Beijing said it ..."), else
  of the one who speaks for it ("..., Bolivia's foreign minister said"), never against its own people;
- ellipsis: "The Netherlands expelled 17 and Austria four" after an expulsion are more of its people;
- the host: a mission "in <city>" or an ambassador "to <state>" names the state they serve
  in, which is the expelling state when nothing else is said;
- where they are sent from when no one is named who expels: "the country" where the text stands, or
  the state they then left (places.py);
- modality from the arcs that govern the trigger: negation, modal auxiliaries, a conditional
  or question mark ("if", "whether"), governing verbs of threat, plan, demand or denial, a
  question, a "To ask ..." parliamentary question, "reports that ...".

The first person ("we", "our request", "our embassy") is left as FIRST_PERSON for the
article context (transforms/expulsions/story.py) to resolve.
"""
from __future__ import annotations

from typing import Optional

from transforms.expulsions.anaphora import (MANY, ONE, actor_anaphor, bare_number, actor_earlier, people_anaphor, people_earlier,
                                              people_in_sentence, whole_anaphor)
from transforms.expulsions.arguments import _arguments, retaliator
from transforms.expulsions.subjects import glued_subject, relative_pronoun_subject
from transforms.expulsions.follows import follow_readings, follows_other_act, joined, narrative_present
from transforms.expulsions.headcounts import along_with, count_of, gapped_people, group_of, number_after_dash, \
    number_in_amount, number_of, people_on_trigger_noun, stranded_conjunct
from transforms.expulsions.lexicon import JOINT_WORDS, STATE_PLURALS, worldwide_first
from transforms.expulsions.host_demands import host_orders_out, summoning_host
from transforms.expulsions.modality import asked_of_state, modality_of
from transforms.expulsions.included import included_nationals
from transforms.expulsions.owners import asked_states, owner_after_the_last, owner_groups, several_nationalities, \
    total_breakdown
from transforms.expulsions.shares import breakdown, included_from, included_shares
from transforms.expulsions.parse_words import PNG_PREDICATES, SAME_NUMBER, _child, _clause_subject, _passive, _prep_objects
from transforms.expulsions.places import _left_after, fronted_state, out_of, told_at, told_here, union_at_seat
from transforms.expulsions.people import (
    _is_personnel, _mission, added_personnel, other_fellows, _numbered, _weak, bare_home_body, definite_personnel,
    diplomatic, first_conjunct_subject, includes_diplomats, international_official, nationality_conjuncts,
    heads_of_mission_each, more_of_the_same, other_role, of_another_body, own_people, state_of_phrase)
from transforms.expulsions.whose_people import _whose, appositive_whose, mission_of_its
from transforms.expulsions.gapping import gapped, gapped_owner, gapped_times, number_on_state, timed_gaps, verbs_of
from transforms.expulsions.nationals import answered_nationals, deported_nationals
from transforms.expulsions.several import counted_others, distributed, more_of, one_act, one_post_each, respective_counts, \
    each_after_people, each_others_officials, only_pair_named, respective_owners, states_expelled_from, states_left, their_states
from transforms.expulsions.sums import picked_from_several, told_as_a_sum
from transforms.expulsions.speakers import addressee, informer, inverted_tellers, legislature, possessor, reporter, speaker, \
    speech_subject
from transforms.expulsions.parse_words import (  # noqa: F401 - the names callers use
    AFTER, AGGREGATE, ASSERTED, BEFORE, CROWN, DEMAND, HOME_NAMES, REGISTER_NAMES, ENVOY, ENVOY_WORDS, FIRST_PERSON, GOVERNMENT_HEADS, HOME_BODIES, NOUN_DOERS, PREVIOUS, STATE_BEFORE, THE, THIRD_PERSON, HYPOTHETICAL, NEGATED, OTHER_ROLES, OTHER_SENSE, Reading, States, lemma,
    normalise, trigger_stems)
from transforms.expulsions.leave_orders import deadline_have
from transforms.expulsions.legislators import member_of_legislature
from transforms.expulsions.indefinite import indefinite_state
from transforms.expulsions.parts import part_of_group
from transforms.expulsions.story_officials import story_officials
from transforms.expulsions.triggers_parse import answers_told, cut_by, find_triggers

# ---------------------------------------------------------------------------------
# One sentence
# ---------------------------------------------------------------------------------
def _actor_group(actor, states: States) -> tuple[Optional[str], bool]:
    """(state, aggregate) of the actor phrase; several coordinated states are an aggregate. A common noun with one
    state in apposition is that state ("Ethiopia's neighbor, Sudan, expelled ...": Sudan, not Ethiopia)."""
    named = [c for c in actor.children if c.dep_ == "appos" and (states.at(c) or ("", ""))[1] == "state"]
    if actor.pos_ == "NOUN" and len(named) == 1:
        actor = named[0]
    codes = []
    for t in group_of(actor):
        code = state_of_phrase(t, states)
        if code is not None:
            codes.append(code)
    if actor.pos_ == "NOUN" and actor.text.islower() and \
            normalise(actor.text) in ("countries", "nations", "states", "governments", "allies", "partners"):
        return None, True
    if indefinite_state(actor, states):   # "by a foreign government": one state, which not said
        return None, True
    if normalise(actor.text) in STATE_PLURALS and not any(normalise(c.text) == "united" for c in actor.children) and any(
            c.dep_ == "compound" and normalise(c.text) == "member" or c.dep_ == "nummod" and c.like_num
            for c in actor.children):
        return None, True   # "the decision of 14 EU Member States to expel": many states ("States" taken for a name)
    if any(t != actor and t.pos_ == "NOUN" and t.text.islower() and normalise(t.text) in STATE_PLURALS
           for t in group_of(actor)):
        return None, True   # "the United States and its allies have expelled more than 150": a sum
    distinct = list(dict.fromkeys(codes))
    if len(distinct) > 1 or len(nationality_conjuncts(actor, states)) > 1:   # "the Kuwaiti and Bahraini ministries"
        return None, True
    return (distinct[0] if distinct else None), False


def _on_whole_list(noun, clause) -> bool:
    """Is the relative `clause` on the first of a list of coordinated nouns said after the whole list ("preceded
    by Mexico, Peru and Kuwait, who all kicked out their ambassadors"), as the parser hangs it, rather than on that
    first noun alone ("Ruritania, which expelled 21, and Freedonia, which expelled 4")?"""
    listed = group_of(noun)
    return len(listed) > 1 and clause.i > max(t.i for t in listed)


def read_sentence(span, states: States) -> list[Reading]:
    """One Reading per expulsion trigger in a parsed sentence."""
    out = []
    triggers = find_triggers(span)
    heads: dict[int, set[int]] = {}   # reading -> its trigger and governor tokens
    for tok, kind, gov in triggers:
        if kind == "in_kind":   # "Moscow responded in kind": the expulsion told before, turned round (story.py)
            if all(k == "in_kind" for _, k, _ in triggers) or answers_told(tok, [(t, g) for t, k, g in triggers if t != tok]):
                out.append(_in_kind(tok, states, span))
            continue
        if kind == "follow":   # "Latvia followed suit": the expulsion told just before, by another state (story.py)
            if not follows_other_act(tok, [t for t, k, _ in triggers if k not in ("follow", "in_kind")]):
                out += follow_readings(tok, states, span)
            continue
        if kind == "png_bare":
            out.append(Reading(tok.text, tok.i, None, None, None, None, False, ASSERTED, other_sense=True,
                               has_object=False, settled=True))
            continue
        actor_tok, expelled_tok, place_actor, owner = _arguments(tok, kind, gov, states)
        hung = number_on_state(expelled_tok, states) if kind == "expel" and expelled_tok is not None else None
        if hung is not None:   # "Canada expelled four and Ukraine 13": the parser made "Ukraine" the object
            expelled_tok = hung
        if expelled_tok is not None and normalise(expelled_tok.text) in OTHER_SENSE:
            # "expelled two American journalists and a U.S. diplomat": the diplomat coordinated with them
            expelled_tok = next((c for c in expelled_tok.children if c.dep_ == "conj" and c.pos_ == "NOUN" and
                                 _is_personnel(c, states)), expelled_tok)
        phrase = expelled_tok
        if expelled_tok is not None and expelled_tok.pos_ == "ADJ":   # "four Polish and two German diplomats"
            expelled_tok = next((c for c in expelled_tok.children if c.dep_ == "conj" and c.pos_ == "NOUN"),
                                expelled_tok)
        actor, aggregate = (None, False)
        if actor_tok is not None and normalise(actor_tok.text) in ("which", "who", "that") and \
                actor_tok.head.dep_ == "relcl" and actor_tok.dep_ == "nsubj":
            clause = actor_tok.head
            actor_tok = clause.head   # "including Ruritania, which expelled 21": the noun the clause is on
            relative = not _on_whole_list(actor_tok, clause)   # "by A, B and C, who all expelled ...": the list's
        else:
            relative = False
        if actor_tok is not None and normalise(actor_tok.text) in ("it", "they"):
            actor_tok = reporter(actor_tok) or relative_pronoun_subject(actor_tok, states) or actor_tok
            # "the Foreign Ministry in Beijing said it had ordered"; "blamed the ambassador, whom it expelled"
        actor_tok = first_conjunct_subject(actor_tok)   # "The Lord Privy Seal called X ... and he asked him to leave"
        if actor_tok is not None and relative:   # "Ruritania, which expelled 21, and Freedonia, which ...": its own
            actor, aggregate = state_of_phrase(actor_tok, states), False
        if actor_tok is not None and actor is None:
            actor, aggregate = _actor_group(actor_tok, states)
        if actor is None and not aggregate:
            actor = place_actor
        if actor is None and not aggregate and actor_tok is None and kind == "noun":
            actor = fronted_state(tok, states)   # "In Indonesia, the expulsion of a Soviet official was marked by"
        left_state, left_here = _left_after(gov if gov is not None else tok, states)
        if actor is None and not aggregate and actor_tok is None:
            actor = left_state   # "were declared persona non grata, and they have now left the United Kingdom"
        clause = deadline_have(tok) if kind == "leave" and gov is None else \
            tok.head if kind == "png" and gov is None and tok.dep_ in ("acomp", "attr") else None   # its copula
        voice = speaker(tok, states) or (speaker(gov, states) if gov is not None else None) or \
            (speaker(clause, states) if clause is not None else None)   # "said the envoy had 48 hours to leave"
        if actor == FIRST_PERSON and voice:
            actor = voice
        if expelled_tok is not None and normalise(expelled_tok.text) == "each" and _child(expelled_tok, "nummod") is not None:
            expelled_tok = _child(expelled_tok, "nummod")   # "expelled four each": the parser's object is "each"
        count, at_least, whose, host, other, has_object = None, False, None, None, False, expelled_tok is not None
        settled, anaphor, same, partitive, unvetted, asked = False, None, False, False, False, []
        if expelled_tok is not None:
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
            if kind == "reduce":   # "reduce the staff of the X embassy by 35": how many go
                count, at_least = number_of(cut_by(tok)), False
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
            whose, host = _whose(base, states)
            whose = whose or appositive_whose(base, states)   # "Mr. Petrov, the Ruritanian charge d'affaires"
            whose = whose or owner_after_the_last(base, states)   # "16 diplomats and four staff of the X Embassy"
            if whose in (None, FIRST_PERSON, THIRD_PERSON) and (kind in ("expel", "removal", "noun") or
                                                                kind == "withdraw" and _passive(tok)):
                # "expelling four diplomats from the Iranian embassy", "kicked out two of our attachés from
                # the American Embassy in Warsaw" (on the verb), "the withdrawal of the Attaché at His
                # Majesty's Legation" (on the noun), "asked that an attaché should be withdrawn from the Soviet
                # Embassy": the mission says whose "our" people are
                for prep, obj in _prep_objects(tok, "from") + (_prep_objects(tok, "at") if kind != "expel" else []):
                    if _mission(obj):
                        w2, h2 = _whose(obj, states)
                        whose, host = _named(w2) or whose, h2 or host
            if host is None and kind == "expel":   # "Five Libyan diplomats have been expelled from the embassy in
                host = next((h for _, obj in _prep_objects(tok, "from") if _mission(obj)   # London": the state it
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
            if whose == THIRD_PERSON and actor is None and not aggregate and kind == "noun" and tok.dep_ == "dobj" \
                    and lemma(tok.head) not in NOUN_DOERS:   # "China decried the expulsion of two of its diplomats"
                whose = possessor(tok, None, states) or whose   # (by whom not said): the subject's own people
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
            if envoy is not None and whose is None:
                whose = _whose(envoy, states)[0] or f"{THE}{normalise(envoy.text)}"
            host = host or (_whose(envoy, states)[1] if envoy is not None else None)   # "the Bureau in London was told"
            host = host or (told_at(gov, states) if kind == "leave" and gov is not None else None)
            if whose == FIRST_PERSON and voice:
                whose = voice
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
                 expelled_tok.dep_ == "nummod" and (expelled_tok.head.dep_ == "npadvmod" or
                                                     normalise(expelled_tok.head.text) in ("more", "each")))
            elliptic = elliptic or normalise(expelled_tok.text) == "more" and base == expelled_tok and \
                expelled_tok.dep_ in ("dobj", "nsubjpass") and any(c.dep_ == "nummod" for c in expelled_tok.children)
            # ("Washington then expelled 55 more": the parser makes "more" the object, its number on it)
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
            word = normalise(base.text)
            more = more_of_the_same(base)   # "six more Soviet citizens": more of the people expelled before
            settled = (word in OTHER_ROLES or other_role(base)) and not includes_diplomats(base, states) and \
                not any(_mission(t) for t in base.subtree) and not more   # "12 embassy workers" are the mission's
            settled = settled or international_official(base) or member_of_legislature(base) or \
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
            named_png = kind == "png" and normalise(tok.text) not in PNG_PREDICATES   # "undesirable" needs diplomats
            from_mission = kind == "expel" and _weak(base) and any(_mission(obj) for _, obj in _prep_objects(tok, "from"))
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
            unvetted = other and not settled and whose is None and base.pos_ == "PROPN" and base.text[:1].isupper() \
                and states.at(base) is None   # "asked Mr. Petrov to leave": a diplomat if the story said so before
            other = other and not unvetted
            if deported_nationals(tok, base, states):   # "deported more than 300 Guatemalans": migrants, no diplomats
                other = settled = True
        if kind == "reduce" and (whose is None or whose.startswith("@")):
            other = True   # "cut its staff by 20": no other state's mission named
        one_state = actor is not None and not aggregate and (actor_tok is not None or actor == place_actor)
        if told_as_a_sum(tok, actor_tok, span, by_one_state=one_state):   # "a total of 14 ... expelled from X": X's own
            aggregate = True   # "The European Union as a whole expelled more than 30": a sum
        if any(c.dep_ == "advmod" and normalise(c.text) in JOINT_WORDS and not _prep_objects(c, "with")
               for c in tok.children):
            aggregate = True   # "the 27 members have together expelled more than 400": one sum over several states
        if kind == "expel" and actor_tok is None and worldwide_first(normalise(t.text) for t in tok.doc[tok.i + 1:tok.i + 5]):
            aggregate = True   # "30 Soviet representatives were expelled world wide in 1981": every state's, a sum
        if kind == "expel" and actor is None and any(
                obj.text.islower() and normalise(obj.text) in STATE_PLURALS for _, obj in _prep_objects(tok, "from", "by")
                + out_of(tok)):
            aggregate = True   # "400 diplomats have been expelled from EU countries", "ordered out of Western countries"
        origins = _prep_objects(base, "from", "of") if expelled_tok is not None else []
        origins += _prep_objects(tok, "from") if kind == "expel" and actor is not None and not _passive(tok) else []
        if any(obj.text.islower() and normalise(obj.text) in STATE_PLURALS for _, obj in origins):
            aggregate = True   # "expels 59 diplomats from 23 countries": the people of many states, a sum
        if actor is None and not aggregate and voice and whose not in (None, FIRST_PERSON, THIRD_PERSON, voice) \
                and (not whose.startswith("@") or whose in (THE + BEFORE, THE + PREVIOUS)) \
                and (actor_tok is None or normalise(actor_tok.text) in GOVERNMENT_HEADS):
            actor = voice   # "the government expelled ..., Bolivia's foreign minister said"; "... would be expelled"
        if actor is None and not aggregate and actor_tok is not None and actor_anaphor(actor_tok, states):
            actor = actor_earlier(actor_tok, out, states) or _named(voice) or STATE_BEFORE   # "It ordered him to leave": the
            # state this sentence (its expulsion before the pronoun) or else the sentence before is about
        teller = informer(gov if gov is not None else clause or tok) if actor is None and actor_tok is None else None
        if teller is not None and (_is_personnel(teller, states) or diplomatic(teller, states)):
            teller = None   # "the ambassador told X that two of his staff had been declared ...": the expelled side
        if teller is not None and not aggregate and state_of_phrase(teller, states) not in (None, FIRST_PERSON, whose):
            actor, actor_tok = state_of_phrase(teller, states), teller
        elif teller is not None and not aggregate and actor_anaphor(teller, states):
            actor, actor_tok = STATE_BEFORE, teller   # "Today the Ministry handed a note ... informing him that"
        if actor is None and not aggregate and actor_tok is None and voice is None \
                and whose not in (None, FIRST_PERSON, THIRD_PERSON) and (not whose.startswith("@") or whose == THE + BEFORE):
            said_by = speech_subject(gov if gov is not None else tok)
            if said_by is not None and actor_anaphor(said_by, states):
                actor = STATE_BEFORE   # "Norway said ... All five were expelled on Thursday, the ministry said"
        here = told_here(tok, kind, left_here and actor is None, gov)   # "expelled from this country", "... and left the country"
        modality = modality_of(tok, kind, gov, span)
        if modality == ASSERTED and kind == "expel" and (asked_of_state(tok, states) or legislature(actor_tok)):
            modality = DEMAND   # "Qatar was told by its neighbours to expel the Emirati diplomats"; "the parliament
            # voted to expel the ambassador"
        if modality == DEMAND and kind == "leave" and actor not in (None, FIRST_PERSON) and not actor.startswith("@") \
                and actor_tok is not None and (state_of_phrase(actor_tok, states) == actor or _office_holder(actor_tok)) \
                and host_orders_out(tok, gov, actor, states):   # (the state or its minister demands, not "lawmakers")
            modality = ASSERTED   # "Saudi Arabia demanded the Lebanese ambassador leave the kingdom"
        if modality == DEMAND and kind == "noun" and actor is None and summoning_host(tok, states) is not None:
            actor_tok = summoning_host(tok, states)   # "summoned the French charge d'affaires ... and demanded the
            actor, modality = states.at(actor_tok)[0], ASSERTED   # expulsion of French embassy employees": the host
        gap = expelled_tok is not None and (any(gapped_people(c, states) is not None for c in expelled_tok.children) or
                                            any(gapped_owner(c, v, states) is not None for v in verbs_of(tok)
                                                for c in v.children))
        groups = (respective_owners(tok, phrase, states) or owner_groups(tok, phrase, states)) \
            if phrase is not None and not other and not gap else None   # "three diplomats, respectively from A, B and C"
        if groups and count is None and len(groups) > 1 and one_post_each(expelled_tok):
            groups = [(code, 1, more) for code, _, more in groups]   # "the military attaches of A, B and C": one each
        if groups is None and actor not in (None, FIRST_PERSON) and not other and kind in ("expel", "noun") and count is not None:
            groups = total_breakdown(tok, phrase, states)   # "ten diplomats of the Baltic states - three each from A and B ..."
            aggregate = aggregate and groups is None
        if groups is None and asked and actor not in asked and not other:
            each = 1 if count is None and heads_of_mission_each(expelled_tok) else count   # one head of mission each
            groups = [(code, each, at_least) for code in asked]   # "told Poland and Lithuania to recall their envoys"
        if groups is None and whose == THIRD_PERSON and actor not in (None, FIRST_PERSON) and not other:
            groups = [(code, count, at_least) for code in their_states(base, actor, states)] or None
        items = [(actor, actor_tok, whose, count, at_least) for whose, count, at_least in
                 groups or [(whose, count, at_least)]]
        split = breakdown(groups, span, states) if actor is None and not aggregate else None
        listed = included_from(phrase, states) if actor is None and phrase is not None and whose and \
            not whose.startswith("@") else None
        if split:   # "Seventeen Russian diplomats, eight from Belgium and nine from the Netherlands, ..."
            items = [(state, None, groups[0][0], n, more) for state, n, more in split]
        elif listed:   # "the 147 Soviets expelled included 47 from France, 18 from Bangladesh and 3 from ..."
            items, aggregate = [(state, None, whose, n, False) for state, n in listed if state != whose], False
        elif groups and actor is None and not aggregate and voice and actor_tok is None and \
                all(w not in (FIRST_PERSON, THIRD_PERSON, voice) for w, _, _ in groups):
            # "Ethiopia said five diplomats from France and three from Italy were expelled"
            items = [(voice, None, w, n, more) for w, n, more in groups]
        one_each = count is None and heads_of_mission_each(expelled_tok)   # "expelled the Syrian ambassadors"
        each = distributed(actor_tok, states, tok, gov, expelled_tok) \
            if aggregate and len(items) == 1 and (count is not None or one_each) else []
        named = [state_of_phrase(t, states) for t in group_of(actor_tok)] if aggregate and count is None and \
            not each and len(items) == 1 and actor_tok is not None else []
        if len(named) > 1 and all(c and not c.startswith("@") for c in named) and len(set(named)) == len(named):
            # "Turkey, Switzerland and Bulgaria joined several Western nations in expelling Syrian diplomats": each
            # named state expels, how many not said (no sum without a count)
            items, aggregate = [(code, actor_tok, whose, None, False) for code in named if code != whose], False
        lefts = (states_left(tok, states) if kind == "leave" else states_expelled_from(tok, states) if kind == "expel"
                 else []) if actor_tok is None and place_actor is not None and actor == place_actor and len(items) == 1 \
            else []   # ("were expelled from Freedonia and Graustark": each expels them)
        if len(lefts) > 1 and (count is None or count == 1 and not at_least):   # "Qatar's diplomats were given 48
            items = [(code, None, whose, count, False) for code in lefts if code != whose]   # hours to leave Saudi
            # Arabia, Bahrain and Egypt": each orders them off its own soil (one envoy "expelled from A and B": each
            # expels him); "Twenty Qatari diplomats ... to leave Saudi Arabia and Bahrain": a total of them
        elif len(lefts) > 1:
            items, aggregate = [(None, None, whose, count, at_least)], True
        respective = respective_counts(actor_tok, expelled_tok, states) if aggregate and len(items) == 1 else []
        if respective:   # "Latvia and Estonia expelled 13 and 14 Russian diplomats respectively": no sum
            items, aggregate = [(code, actor_tok, whose, n, at_least) for code, n in respective], False
        if each:   # "Latvia and Estonia expelled one Russian diplomat each": one expulsion per state, no sum
            count = 1 if one_each else count
            # (an uncounted "each expelled Russian diplomats: Norway three, ..." stays with the window's list)
            items, aggregate = [(code, actor_tok, whose, count, at_least) for code in each], False
        sides = [code for code, *_ in items]
        if whose is None and len(set(sides)) == 2 == len(items) and expelled_tok is not None and \
                each_others_officials(base, states):   # "Pakistan and India each expelled two officials": the other's
            items = [(code, t, sides[1 - k], n, more) for k, (code, t, _, n, more) in enumerate(items)]
        pair = sides if whose is None and len(set(sides)) == 2 == len(items) and each_after_people(expelled_tok) \
            and only_pair_named(span, sides, states) else []   # (not "... each from Graustark")
        if expelled_tok is not None and not other and kind == "noun" and tok.dep_ == "dobj" and \
                lemma(tok.head) in NOUN_DOERS and actor is not None:   # "announced the expulsion of 25 Russians,
            items += gapped(tok.head, expelled_tok, whose, states)   # and Norway 35"
        if expelled_tok is not None and not other and kind == "expel":
            items += gapped(tok, expelled_tok, whose, states)   # "... 17 and Austria four"
            items += [i for i in timed_gaps(tok, expelled_tok, whose, states) if i[0] not in [o[0] for o in items]]
            # ("Lithuania expelled the Russian ambassador in April 2022, Latvia in May and Estonia in January 2023")
            items += [(code, None, whose, None, False) for code in joined(tok, states)
                      if code != actor and modality == ASSERTED]   # "The US has joined Britain and France in
            # expelling Syrian diplomats": they expel too (and did, though the US "refused to join" them)
        others = expelled_tok is not None and counted_others(expelled_tok) and whose is None
        more = more_of(tok, gov, expelled_tok, out, heads) if len(items) == 1 and (not other or others) else None
        if more is not None and (out[more].expelled, out[more].modality) == (out[more].expelled if others else whose,
                                                                               modality) and \
                actor in (None, out[more].actor) and out[more].count is not None and count is not None:
            out[more] = out[more]._replace(count=out[more].count + count, at_least=out[more].at_least or at_least)
            continue   # "ordered the ambassador to leave and expelled two other diplomats": one order of three
        tellers = inverted_tellers(tok, states) if kind == "noun" and not aggregate and \
            len(items) == 1 and whose and not other else []
        tellers = tellers if actor is None or tellers[:1] == [actor] else []   # (the speaker found is the first)
        if tellers:   # "Also about the expulsion of Russian diplomats declared Lithuania, Latvia and Estonia"
            items = [(code, None, whose, count if len(tellers) == 1 else None, at_least) for code in tellers
                     if code != whose]
        shares = [(code, None, whose, n, False) for code, n in included_shares(tok, expelled_tok, states)
                  if code != whose] if aggregate and len(items) == 1 and whose and not other else []
        if not shares and len(items) == 1 and items[0][0] is not None and whose is None and expelled_tok is not None:
            shares = [(items[0][0], items[0][1], code, n, False)   # "the expulsion of more than 150 diplomats,
                      for code, n in included_nationals(tok, expelled_tok, states) if code != items[0][0]]   # including
            # 60 Americans": the Americans are the United States' own expulsion, the group of many a sum
            aggregate = aggregate or bool(shares)
        owners = several_nationalities(expelled_tok, states) if expelled_tok is not None and len(items) == 1 and \
            not aggregate else []
        owners = owners if whose in owners else []   # (the reading's own people among them)
        other = other and not (owners and (states.at(expelled_tok) or ("", ""))[1] == "state")   # ("European Union
        # and Canadian diplomats": the state named first is a nationality of the people)
        if owners:   # "10 employees of the Lithuanian, Latvian and Estonian missions": each state's people, how
            shares = [(items[0][0], items[0][1], code, None, False) for code in owners if code != items[0][0]]
            items, aggregate = ([items[0][:2] + (None,) + items[0][3:]], True) if count is not None else ([], False)
            # many of each not told; the count is their total
        # ("More than 400 Russian diplomats have been expelled from EU countries, including 40 from Germany": the sum
        # stays a sum, each share beside it is one state's own)
        for k, (actor, actor_tok, whose, count, at_least) in enumerate(items + shares):
            summed = aggregate and k < len(items)
            actor = union_at_seat(actor, actor_tok, host, states)   # "Brussels ... her ambassador to the EU": the EU
            heads[len(out)] = {tok.i} | ({gov.i} if gov is not None else set())
            out.append(Reading(tok.text if gov is None else f"{gov.text} ... {tok.text}", tok.i, actor,
                               actor_tok.text if actor_tok is not None else None, whose, count, at_least,
                               modality, host, summed, other, has_object, settled or modality != ASSERTED,
                               weak=kind == "against", here=here,
                               person=base.text if unvetted else
                               named_person(expelled_tok) or person_named(expelled_tok, states) if expelled_tok is not None
                               else None, unvetted=unvetted,
                               same_number=same and count is None, partitive=partitive, part_of=part_of_group(expelled_tok),
                               pair_other=pair[1 - k] if pair and k < 2 else None,
                               home_body=actor in (None, STATE_BEFORE, whose) and not summed and actor_tok is not None
                               and bare_home_body(actor_tok, states)))   # (an anaphor read as the expelled's own state)
        for n, when in gapped_times(tok, expelled_tok) if kind == "expel" and expelled_tok is not None and count and \
                len(items) == 1 and not shares else ():
            heads[len(out)] = heads[len(out) - 1]   # "expelled 105 Soviet officials in 1971 and 25 in 1985": told at its
            out.append(out[-1]._replace(count=number_of(n), at_least=False, trigger_i=when.i))   # own time
    return one_act(out, heads, span.doc)


_OFFICES = HOME_BODIES | {"president", "premier", "chancellor"}


def _office_holder(tok) -> bool:
    """"Minister Lloyd", "the Foreign Secretary", "the government": one who holds an office of state, or the office."""
    return normalise(tok.text) in _OFFICES or any(
        c.dep_ in ("compound", "amod", "appos") and normalise(c.text) in _OFFICES for c in tok.children)


def _in_kind(verb, states: States, span) -> Reading:
    """"The Soviet Union responded in kind": its subject acts; whom and how many the story gives from
    the expulsion it told before of that state's own people (story.py), hence no expelled side here.
    Only a response done is one: "said it would respond in kind" tells no expulsion yet (a reported
    "would expel two diplomats" names a decision; a reported answer in kind names none)."""
    actor_tok = glued_subject(verb, states) or _clause_subject(verb)   # "... diplomats and Moscow responded in kind"
    if actor_tok is not None and normalise(actor_tok.text) in ("it", "they"):
        actor_tok = reporter(actor_tok) or actor_tok
    actor = None
    if actor_tok is not None:
        actor = _actor_group(actor_tok, states)[0]
        if actor is None and actor_anaphor(actor_tok, states):
            actor = STATE_BEFORE
    modality = modality_of(verb, "in_kind", None, span)
    if modality == ASSERTED and ((verb.tag_ not in ("VBD", "VBN") and not narrative_present(verb)) or
                                 any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)):
        modality = HYPOTHETICAL
    return Reading(verb.text, verb.i, actor, actor_tok.text if actor_tok is not None else None, None, None, False,
                   modality, settled=modality != ASSERTED, weak=True, mirror=True)   # weak: only beside another


def _named(code: Optional[str]) -> Optional[str]:
    """A state the text names, not a person ("our", "their") or a pointer back ("the embassy")."""
    return code if code is not None and not code.startswith("@") else None


def named_person(noun) -> Optional[str]:
    """The surname of a person named in apposition to the expelled noun ("the embassy's first
    secretary, Ivan Petrov"), whose nationality the article may give elsewhere."""
    for t in [noun] + [c for c in noun.children if c.dep_ == "appos"]:
        if t.pos_ == "PROPN" and t.text[:1].isupper() and t != noun and not _numbered(t):   # (the parse has no entity
            # labels; "three, Lithuania two": a gapped conjunct, no name)
            return t.text
    return None


def person_named(tok, states) -> Optional[str]:
    """The expelled noun itself is a name the article resolved ("declared Guterres persona non grata": a person,
    or a former leader the resolver lets act for his state)."""
    return tok.text if tok.pos_ == "PROPN" and states.at(tok) is not None and (states.at(tok)[1] in ("person", "state")) \
        else None


def _more(number) -> bool:
    """"two more": a number of more people of the kind told before."""
    more = _child(number, "amod")
    return more is not None and normalise(more.text) == "more"
