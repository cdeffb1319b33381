"""Which states expel whose people, and how many each: the items of one trigger's readings.

A step of grammar.read_sentence, once its actor, its people and its modality are read. An `Item` is
(actor, actor_tok, whose, count, at_least); read_sentence makes one Reading of each. Each step reads the
records of trigger_facts.py (`Trigger`, `ExpelledNoun`, `Expeller`, `People`: what is known so far):

    people_groups(trigger, noun, expeller, people) -> OwnerGroups
        several owners in one phrase: (whose, count, at_least) per state
    items_per_state(trigger, groups, noun, expeller, people) -> PerState
        one item per state: a breakdown, a list of states that each expel, "respectively", "each", states
        left, each other's officials
    with_gapped_states(items, trigger, noun, expeller, people, modality) -> items
        more states told in a gap ("... 17 and Austria four"), at their own time, or that "joined" the actor
    tellers_and_shares(items, trigger, noun, expeller, people) -> TellersAndShares
        states that declare it after the noun, a sum's shares ("including 40 from Germany"), several
        nationalities among the people
"""
from __future__ import annotations

from typing import NamedTuple, Optional

from transforms.expulsions.follows import joined
from transforms.expulsions.headcounts import gapped_people
from transforms.expulsions.coordinated_people import group_of
from transforms.expulsions.included import included_nationals, share_clauses
from transforms.expulsions.owners import owner_groups, several_nationalities, total_breakdown
from transforms.expulsions.shares import breakdown, included_from, included_shares
from transforms.expulsions.people import heads_of_mission_each
from transforms.expulsions.phrase_states import state_of_phrase, states_beside_others
from transforms.expulsions.gapping import gapped, gapped_after_noun, groups_with_own_agents, gapped_owner, timed_gaps, verbs_of
from transforms.expulsions.several import (distributed, one_post_each, respective_counts, each_after_people,
                                           each_others_officials, only_pair_named, respective_owners,
                                           states_expelled_from, states_left, their_states)
from transforms.expulsions.speakers import inverted_tellers
from transforms.expulsions.parse_words import ASSERTED, FIRST_PERSON, NOUN_DOERS, THIRD_PERSON, lemma
from transforms.expulsions.trigger_facts import ExpelledNoun, Expeller, Item, People, Trigger


class OwnerGroups(NamedTuple):
    """What people_groups finds."""
    groups: Optional[list]    # (whose, count, at_least) per state, None when one state's people
    aggregate: bool           # still a sum over states (no breakdown of the total found)


class PerState(NamedTuple):
    """What items_per_state finds."""
    items: list               # an Item per expelling state
    aggregate: bool           # still a sum over states
    count: Optional[int]      # the count of each ("one Russian diplomat each"; "the Syrian ambassadors": one)
    pair: list                # the two states of "each expelled the other's", else []


class TellersAndShares(NamedTuple):
    """What tellers_and_shares finds."""
    items: list               # the items, with the states that declare it
    shares: list              # the shares beside a sum, items too
    aggregate: bool
    other: bool               # no diplomats


def people_groups(trigger: Trigger, noun: ExpelledNoun, expeller: Expeller, people: People) -> OwnerGroups:
    """(groups, aggregate): the people in several states' groups ("three diplomats, respectively from A, B and C",
    "ten diplomats of the Baltic states - three each from A and B ...", "told Poland and Lithuania to recall
    their envoys"), each (whose, count, at_least); None when one state's people (or a gap tells the others)."""
    tok, kind, states = trigger.tok, trigger.kind, trigger.states
    phrase, expelled_tok = noun.phrase, noun.tok
    actor, aggregate = expeller.actor, expeller.aggregate
    whose, count, at_least, other, asked, base = people.whose, people.count, people.at_least, people.other, \
        people.asked, people.base
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
    return OwnerGroups(groups, aggregate)


def items_per_state(trigger: Trigger, groups, noun: ExpelledNoun, expeller: Expeller, people: People) -> PerState:
    """(items, aggregate, count, pair): one item per expelling state (`groups`: people_groups'), and the two sides
    of "each expelled the other's" when the sentence names only that pair."""
    tok, kind, gov, span, states = trigger.tok, trigger.kind, trigger.gov, trigger.span, trigger.states
    phrase, expelled_tok = noun.phrase, noun.tok
    actor, actor_tok, place_actor, aggregate, voice = expeller.actor, expeller.actor_tok, expeller.place_actor, \
        expeller.aggregate, expeller.voice
    whose, count, at_least, base = people.whose, people.count, people.at_least, people.base
    items = [Item(actor, actor_tok, whose, count, at_least) for whose, count, at_least in
             groups or [(whose, count, at_least)]]
    split = breakdown(groups, span, states) if actor is None and not aggregate else None
    listed = included_from(phrase, states) if actor is None and phrase is not None and whose and \
        not whose.startswith("@") else None
    if split:   # "Seventeen Russian diplomats, eight from Belgium and nine from the Netherlands, ..."
        items = [Item(state, None, groups[0][0], n, more) for state, n, more in split]
    elif listed:   # "the 147 Soviets expelled included 47 from France, 18 from Bangladesh and 3 from ..."
        items, aggregate = [Item(state, None, whose, n, False) for state, n in listed if state != whose], False
    elif groups and actor is None and not aggregate and voice and actor_tok is None and \
            all(w not in (FIRST_PERSON, THIRD_PERSON, voice) for w, _, _ in groups):
        # "Ethiopia said five diplomats from France and three from Italy were expelled"
        items = [Item(voice, None, w, n, more) for w, n, more in groups]
    one_each = count is None and heads_of_mission_each(expelled_tok)   # "expelled the Syrian ambassadors"
    each = distributed(actor_tok, states, tok, gov, expelled_tok) \
        if aggregate and len(items) == 1 and (count is not None or one_each) else []
    named = [state_of_phrase(t, states) for t in group_of(actor_tok)] if aggregate and count is None and \
        not each and len(items) == 1 and actor_tok is not None else []
    if len(named) > 1 and all(c and not c.startswith("@") for c in named) and len(set(named)) == len(named):
        # "Turkey, Switzerland and Bulgaria joined several Western nations in expelling Syrian diplomats": each
        # named state expels, how many not said (no sum without a count)
        items, aggregate = [Item(code, actor_tok, whose, None, False) for code in named if code != whose], False
    beside = states_beside_others(actor_tok, states) if aggregate and count is None and not each and \
        len(items) == 1 else []
    if [code for code in beside if code != whose]:   # "The United States and 10 other nations that kicked out Syrian
        items, aggregate = [Item(code, actor_tok, whose, None, False) for code in beside if code != whose], False
        # diplomats": each named state expels, how many not said; the others unnamed
    lefts = (states_left(tok, states) if kind == "leave" else states_expelled_from(tok, states) if kind == "expel"
             else []) if actor_tok is None and place_actor is not None and actor == place_actor and len(items) == 1 \
        else []   # ("were expelled from Freedonia and Graustark": each expels them)
    if len(lefts) > 1 and (count is None or count == 1 and not at_least):   # "Qatar's diplomats were given 48
        items = [Item(code, None, whose, count, False) for code in lefts if code != whose]   # hours to leave Saudi
        # Arabia, Bahrain and Egypt": each orders them off its own soil (one envoy "expelled from A and B": each
        # expels him); "Twenty Qatari diplomats ... to leave Saudi Arabia and Bahrain": a total of them
    elif len(lefts) > 1:
        items, aggregate = [Item(None, None, whose, count, at_least)], True
    respective = respective_counts(actor_tok, expelled_tok, states) if aggregate and len(items) == 1 else []
    if respective:   # "Latvia and Estonia expelled 13 and 14 Russian diplomats respectively": no sum
        items, aggregate = [Item(code, actor_tok, whose, n, at_least) for code, n in respective], False
    if each:   # "Latvia and Estonia expelled one Russian diplomat each": one expulsion per state, no sum
        count = 1 if one_each else count
        # (an uncounted "each expelled Russian diplomats: Norway three, ..." stays with the window's list)
        items, aggregate = [Item(code, actor_tok, whose, count, at_least) for code in each], False
    sides = [code for code, *_ in items]
    two_sides = whose is None and len(set(sides)) == 2 == len(items)
    pair = sides if two_sides and expelled_tok is not None and \
        (each_after_people(expelled_tok) or each_others_officials(base, states)) and \
        only_pair_named(span, sides, states) else []   # (not "... each from Graustark")
    # "A and B each expelled two officials", "... two diplomats each": the other's, unless the story named whose
    # people were expelled before (story.py)
    return PerState(items, aggregate, count, pair)


def with_gapped_states(items, trigger: Trigger, noun: ExpelledNoun, expeller: Expeller, people: People, modality):
    """`items` with the states a gap, a time or "joined" adds: "announced the expulsion of 25 Russians, and Norway
    35", "... 17 and Austria four", "The US has joined Britain and France in expelling" (only when `modality` is
    asserted)."""
    tok, kind, states = trigger.tok, trigger.kind, trigger.states
    expelled_tok, actor, whose, other = noun.tok, expeller.actor, people.whose, people.other
    if expelled_tok is not None and not other and kind == "noun" and tok.dep_ == "dobj" and \
            lemma(tok.head) in NOUN_DOERS and actor is not None:   # "announced the expulsion of 25 Russians,
        items += gapped(tok.head, expelled_tok, whose, states)   # and Norway 35"
    if expelled_tok is not None and not other and kind == "noun":   # "The expulsions of 23 Freedonian diplomats by
        items += [i for i in gapped_after_noun(tok, whose, states) if i.actor not in [o.actor for o in items]]
        # Ruritania and 13 by Graustark"
        items += [i for i in groups_with_own_agents(tok, expelled_tok, whose, states) if i.actor not in [o.actor for o in items]]
        # ("... and 13 Syldavian diplomats by Graustark": that state's own people)
    if expelled_tok is not None and not other and kind == "expel":
        items += gapped(tok, expelled_tok, whose, states)   # "... 17 and Austria four"
        items += [i for i in timed_gaps(tok, expelled_tok, whose, states) if i.actor not in [o.actor for o in items]]
        # ("Lithuania expelled the Russian ambassador in April 2022, Latvia in May and Estonia in January 2023")
        items += [Item(code, None, whose, None, False) for code in joined(tok, states)
                  if code != actor and modality == ASSERTED]   # "The US has joined Britain and France in
        # expelling Syrian diplomats": they expel too (and did, though the US "refused to join" them)
    return items


def tellers_and_shares(items, trigger: Trigger, noun: ExpelledNoun, expeller: Expeller,
                       people: People) -> TellersAndShares:
    """(items, shares, aggregate, other): states that declare it ("Also about the expulsion ... declared Lithuania,
    Latvia and Estonia"), and the shares beside a sum: a state's own among many ("including 60 Americans"), or
    several nationalities of the people ("10 employees of the Lithuanian, Latvian and Estonian missions")."""
    tok, kind, states = trigger.tok, trigger.kind, trigger.states
    expelled_tok, actor, aggregate = noun.tok, expeller.actor, expeller.aggregate
    whose, count, at_least, other = people.whose, people.count, people.at_least, people.other
    tellers = inverted_tellers(tok, states) if kind == "noun" and not aggregate and \
        len(items) == 1 and whose and not other else []
    tellers = tellers if actor is None or tellers[:1] == [actor] else []   # (the speaker found is the first)
    if tellers:   # "Also about the expulsion of Russian diplomats declared Lithuania, Latvia and Estonia"
        items = [Item(code, None, whose, count if len(tellers) == 1 else None, at_least) for code in tellers
                 if code != whose]
    shares = [Item(code, None, whose, n, False) for code, n in included_shares(tok, expelled_tok, states)
              if code != whose] if aggregate and len(items) == 1 and whose and not other else []
    parts = share_clauses(tok, expelled_tok, states) if not shares and len(items) == 1 and \
        items[0].actor is not None else []
    if parts and (whose is None or whose in [code for code, _ in parts]):
        shares = [Item(items[0].actor, items[0].actor_tok, code, n, False) for code, n in parts
                  if code != items[0].actor]   # "the expulsion of 150 Western diplomats, 60 of them American": the
        items, aggregate = [items[0]._replace(whose=None)], aggregate or bool(shares)   # Americans are the United
        # States' own expulsion, the group of many a sum (the nationality of the part is not the group's)
    if not shares and len(items) == 1 and items[0].actor is not None and whose is None and expelled_tok is not None:
        shares = [Item(items[0].actor, items[0].actor_tok, code, n, False)   # "the expulsion of more than 150
                  for code, n in included_nationals(tok, expelled_tok, states) if code != items[0].actor]
        # diplomats, including 60 Americans": the Americans are the United States' own expulsion, the group of many
        # a sum
        aggregate = aggregate or bool(shares)
    owners = several_nationalities(expelled_tok, states) if expelled_tok is not None and len(items) == 1 and \
        not aggregate else []
    owners = owners if whose in owners else []   # (the reading's own people among them)
    other = other and not (owners and (states.at(expelled_tok) or ("", ""))[1] == "state")   # ("European Union
    # and Canadian diplomats": the state named first is a nationality of the people)
    if owners:   # "10 employees of the Lithuanian, Latvian and Estonian missions": each state's people, how
        shares = [Item(items[0].actor, items[0].actor_tok, code, None, False) for code in owners
                  if code != items[0].actor]
        items, aggregate = ([items[0]._replace(whose=None)], True) if count is not None else ([], False)
        # many of each not told; the count is their total
    # ("More than 400 Russian diplomats have been expelled from EU countries, including 40 from Germany": the sum
    # stays a sum, each share beside it is one state's own)
    return TellersAndShares(items, shares, aggregate, other)
