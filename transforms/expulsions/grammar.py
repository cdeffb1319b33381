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
  question, a "To ask ..." parliamentary question, "reports that ...";
- talk of an act: an expulsion noun a noun of commentary is about ("the messages from the press regarding the
  expulsion of ...") is no act told; who expels is only what its own phrase says (talk.commented_on).

The first person ("we", "our request", "our embassy") is left as FIRST_PERSON for the
article context (transforms/expulsions/story.py) to resolve.

read_sentence is the list of its steps; the steps live beside it: expellers.py (who expels, one state or a
sum), expelled_people.py (whom, how many, whose), trigger_readings.py (one item per state, the shares of a sum).
What is known of the trigger being read is held in the records of trigger_facts.py: the `Trigger` (token, kind,
governor, sentence, states), its `ExpelledNoun`, the actor side (`Expeller`) and the people side (`People`);
each step reads them, and read_sentence puts what a step decides back into them.
"""
from __future__ import annotations

from typing import Optional

from transforms.expulsions.anaphora import actor_anaphor
from transforms.expulsions.arguments import _arguments
from transforms.expulsions.subjects import glued_subject
from transforms.expulsions.follows import follow_readings, follows_other_act, narrative_present
from transforms.expulsions.headcounts import number_of
from transforms.expulsions.host_demands import host_cut_demand, host_orders_out, summoning_host
from transforms.expulsions.modality import modality_of
from transforms.expulsions.asked_acts import asked_of_state
from transforms.expulsions.mandatives import decider
from transforms.expulsions.parse_words import _child, _clause_subject, _passive, _prep_objects
from transforms.expulsions.partitives import counting_copula
from transforms.expulsions.passive_decisions import passive_agent
from transforms.expulsions.places import body_left, told_here, union_at_seat
from transforms.expulsions.recalls import recalled_over
from transforms.expulsions.whose_people import actors_own
from transforms.expulsions.own_staff_orders import orders_own_people_out
from transforms.expulsions.own_envoys_home import sends_own_home
from transforms.expulsions.people import _is_personnel, _numbered
from transforms.expulsions.phrase_states import bare_home_body, state_of_phrase
from transforms.expulsions.gapping import gapped_times, number_on_state, respective_times
from transforms.expulsions.several import counted_others, more_of, one_act
from transforms.expulsions.society_bodies import judicial_body, society_body
from transforms.expulsions.speakers import legislature, reporter, speech_subject
from transforms.expulsions.talk import adopting_verb, commented_on, met_by_stance
from transforms.expulsions.parse_words import (  # noqa: F401 - the names callers use
    AFTER, AGGREGATE, ASSERTED, BEFORE, CROWN, DEMAND, HOME_NAMES, REGISTER_NAMES, ENVOY, ENVOY_WORDS, FIRST_PERSON, GOVERNMENT_HEADS, HOME_BODIES, NOUN_DOERS, PREVIOUS, STATE_BEFORE, THE, THIRD_PERSON, HYPOTHETICAL, NEGATED, OTHER_ROLES, OTHER_SENSE, Reading, States, lemma,
    normalise, trigger_stems)
from transforms.expulsions.parts import part_of_group
from transforms.expulsions.triggers_parse import answers_told, find_triggers
from transforms.expulsions.expelled_people import read_people
from transforms.expulsions.expellers import _actor_group, actor_from_context, read_actor, summed_over_states
from transforms.expulsions.trigger_readings import items_per_state, people_groups, tellers_and_shares, with_gapped_states
from transforms.expulsions.trigger_facts import ExpelledNoun, Expeller, People, Trigger

# ---------------------------------------------------------------------------------
# One sentence
# ---------------------------------------------------------------------------------
def _expelled_noun(trigger: Trigger, expelled_tok, owner) -> ExpelledNoun:
    """The noun that stands for the people `_arguments` found (`expelled_tok`, their `owner` phrase), where the parser
    hung them elsewhere ("Canada expelled four and Ukraine 13": `hung`, the number on a state), on a word of another
    sense, an adjective or "each"; `phrase` is the noun before the adjective and "each" are passed over."""
    kind, states = trigger.kind, trigger.states
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
    if expelled_tok is not None and normalise(expelled_tok.text) == "each" and _child(expelled_tok, "nummod") is not None:
        expelled_tok = _child(expelled_tok, "nummod")   # "expelled four each": the parser's object is "each"
    return ExpelledNoun(expelled_tok, phrase, hung, owner)


def _answer_or_bare(tok, kind, triggers, states: States, span) -> Optional[list[Reading]]:
    """The readings of a trigger that names no people of its own, or None for any other: an answer "in kind" or
    "followed suit" (the expulsion told before, turned round or by another state: story.py), a bare "persona
    non grata" (another sense)."""
    if kind == "in_kind":   # "Moscow responded in kind": the expulsion told before, turned round (story.py)
        if all(k == "in_kind" for _, k, _ in triggers) or answers_told(tok, [(t, g) for t, k, g in triggers if t != tok]):
            return [_in_kind(tok, states, span)]
        return []
    if kind == "follow":   # "Latvia followed suit": the expulsion told just before, by another state (story.py)
        if not follows_other_act(tok, [t for t, k, _ in triggers if k not in ("follow", "in_kind")]):
            return follow_readings(tok, states, span)
        return []
    if kind == "png_bare":
        return [Reading(tok.text, tok.i, None, None, None, None, False, ASSERTED, other_sense=True,
                        has_object=False, settled=True)]
    return None


def read_sentence(span, states: States) -> list[Reading]:
    """One Reading per expulsion trigger in a parsed sentence. For each trigger, in this order: an answer in kind,
    "followed suit" or a bare "persona non grata" is read on its own; else its arguments (arguments.py), the noun
    that stands for its people, the actor (expellers.read_actor), whom, how many and whose (expelled_people.py),
    whether it is a sum over states and an actor the context gives (expellers.py), its modality, then one item per
    state and the shares beside a sum (trigger_readings.py); a second order of the same people adds to the first
    ("ordered the ambassador to leave and expelled two other diplomats"); each item is one Reading."""
    out = []
    triggers = find_triggers(span)
    heads: dict[int, set[int]] = {}   # reading -> its trigger and governor tokens
    for tok, kind, gov in triggers:
        told = _answer_or_bare(tok, kind, triggers, states, span)
        if told is not None:
            out += told
            continue
        trigger = Trigger(tok, kind, gov, span, states)
        found = _arguments(tok, kind, gov, states)
        noun = _expelled_noun(trigger, found.expelled_tok, found.owner)
        expeller = read_actor(trigger, found.actor_tok, found.place_actor)
        people = read_people(trigger, noun, expeller, out)
        expeller, people = recalled_over(trigger, expeller, people)   # "recalled its ambassador from X after two
        # of its diplomats were expelled": X expelled them
        host_cut = host_cut_demand(tok, states) if kind == "reduce" else None
        if host_cut is not None:   # "Russia demanded that the United States cut its diplomatic staff in Russia by
            host, guest = host_cut   # 755": the host orders the guest's own people out
            expeller = expeller._replace(actor=states.at(host)[0], actor_tok=host, aggregate=False)
            people = people._replace(whose=states.at(guest)[0], other=False, settled=False)
        if kind == "reduce" and (people.whose is None or people.whose.startswith("@")):
            people = people._replace(other=True)   # "cut its staff by 20": no other state's mission named
        expeller = expeller._replace(aggregate=summed_over_states(trigger, expeller, noun.tok, people.base))
        expeller = actor_from_context(trigger, expeller, people.whose, out)
        here = told_here(tok, kind, expeller.left_here and expeller.actor is None, gov)   # "expelled from this
        # country", "... and left the country"
        modality, expeller = _modality(trigger, expeller)
        groups, aggregate = people_groups(trigger, noun, expeller, people)
        expeller = expeller._replace(aggregate=aggregate)
        per_state = items_per_state(trigger, groups, noun, expeller, people)
        expeller = expeller._replace(aggregate=per_state.aggregate)
        people = people._replace(count=per_state.count)
        items = with_gapped_states(per_state.items, trigger, noun, expeller, people, modality)
        if _adds_to_order_before(trigger, items, noun, expeller, people, modality, out, heads):
            continue   # "ordered the ambassador to leave and expelled two other diplomats": one order of three
        shared = tellers_and_shares(items, trigger, noun, expeller, people)
        expeller = expeller._replace(aggregate=shared.aggregate)
        people = people._replace(other=shared.other)
        if expeller.actor is None and kind == "noun" and (commented_on(tok) or people.host is None and
                                                          expeller.actor_tok is None and
                                                          met_by_stance(tok, people.whose, states)):
            expeller, people = expeller._replace(aggregate=True), people._replace(settled=True)   # "the messages
            # regarding the expulsion of ...", "Graustark agreed with the expulsion of ...": talk of an act or a
            # stance on it, no act told here, and who did it no one says (but the host an envoy serves in:
            # "Critics condemned the expulsion of the Freedonian Ambassador to Ruritania", or a doer its phrase names,
            # "welcomed the expulsion of three Hungarian spies by the Foreign Secretary")
        _add_readings(out, heads, trigger, shared.items, shared.shares, noun, expeller, people, modality, here,
                      per_state.pair)
    return one_act(out, heads, span.doc)


def _adds_to_order_before(trigger: Trigger, items, noun: ExpelledNoun, expeller: Expeller, people: People, modality,
                         out: list[Reading], heads: dict[int, set[int]]) -> bool:
    """Is this trigger's one item more people of an order told just before in the sentence, of the same people and
    modality ("ordered the ambassador to leave and expelled two other diplomats": one order of three)? If so, its
    count is added to that reading in `out` (`heads`: each reading's trigger and governor tokens)."""
    expelled_tok, whose, count, other = noun.tok, people.whose, people.count, people.other
    others = expelled_tok is not None and counted_others(expelled_tok) and whose in (None, THE + PREVIOUS)
    more = more_of(trigger.tok, trigger.gov, expelled_tok, out, heads) if len(items) == 1 and (not other or others) \
        else None
    if more is not None and (out[more].expelled, out[more].modality) == (out[more].expelled if others else whose,
                                                                           modality) and \
            expeller.actor in (None, out[more].actor) and out[more].count is not None and count is not None:
        out[more] = out[more]._replace(count=out[more].count + count, at_least=out[more].at_least or people.at_least)
        return True
    if more is not None and count is None and not others and (out[more].expelled, out[more].modality) == (whose, modality) \
            and expeller.actor in (None, out[more].actor) and out[more].count is not None:
        out[more] = out[more]._replace(count=None, at_least=False)   # "expelled the ambassador and told other
        return True   # diplomats to leave": one order of the ambassador and others not counted, how many in all unknown
    return False


def _add_readings(out: list[Reading], heads: dict[int, set[int]], trigger: Trigger, items, shares, noun: ExpelledNoun,
                  expeller: Expeller, people: People, modality, here, pair) -> None:
    """One Reading per item and share in `out` (`heads`: each reading's trigger and governor tokens), then one per
    time a gap adds ("expelled 105 Soviet officials in 1971 and 25 in 1985"). Each item gives the actor, whose and
    how many; `expeller` whether the items are a sum; `people` the rest of what is known of the expelled; `here`:
    sent from where the text stands; `pair`: the two states of "each expelled the other's"."""
    tok, kind, gov, states = trigger.tok, trigger.kind, trigger.gov, trigger.states
    expelled_tok, has_object, aggregate = noun.tok, noun.tok is not None, expeller.aggregate
    host, other, settled, base = people.host, people.other, people.settled, people.base
    unvetted, same, partitive = people.unvetted, people.same, people.partitive
    if kind in ("expel", "noun") and (body_left(tok, states) or (   # "expelled from a meeting", "expelled two
            expelled_tok is not None and expelled_tok.i > tok.i and body_left(expelled_tok, states, people=True))):   # diplomats
        other = settled = True   # from a meeting" (the parser may hang "from" on the people): another sense, which
        # the window rules may not read as a state's expulsion either
    if society_body(expeller.actor_tok, states):
        other = settled = True   # "the Strelsau city council declared the Freedonian ambassador persona non grata":
        # a town's or a club's word, no state's act
    if kind != "noun" and judicial_body(expeller.actor_tok, states):
        other = settled = True   # "Ruritania's judiciary said it considered the Freedonian ambassador persona non
        # grata": a court's judgement, no state's act (a court that blocks "the expulsion" tells of the state's)
    if kind == "expel" and (actors_own(expelled_tok, tok) or sends_own_home(tok, states)):
        other = settled = True   # "Freedonia expelled its own diplomats", "said it was ordering its envoy home": no
        # state expels its own (a recall); another sense
    for k, (actor, actor_tok, whose, count, at_least) in enumerate(items + shares):
        summed = aggregate and k < len(items)
        own = not summed and orders_own_people_out(kind, actor, actor_tok, whose, states)   # "The State Department
        # ordered embassy staff to leave Yemen": a state's own staff pulled out, no one expels them (another sense)
        actor = union_at_seat(actor, actor_tok, host, states)   # "Brussels ... her ambassador to the EU": the EU
        heads[len(out)] = {tok.i} | ({gov.i} if gov is not None else set())
        out.append(Reading(tok.text if gov is None else f"{gov.text} ... {tok.text}", tok.i, actor,
                           actor_tok.text if actor_tok is not None else None, whose, count, at_least,
                           modality, host, summed, other or own, has_object, settled or own or modality != ASSERTED,
                           weak=kind == "against", here=here,
                           person=base.text if unvetted else
                           named_person(expelled_tok) or person_named(expelled_tok, states) if expelled_tok is not None
                           else None, unvetted=unvetted,
                           same_number=same and count is None, partitive=partitive, part_of=part_of_group(expelled_tok),
                           pair_other=pair[1 - k] if pair and k < 2 else None,
                           home_body=actor in (None, STATE_BEFORE, whose) and not summed and actor_tok is not None
                           and bare_home_body(actor_tok, states)))   # (an anaphor read as the expelled's own state)
    respective = respective_times(tok, expelled_tok) if kind in ("expel", "leave") and expelled_tok is not None and \
        len(items) == 1 and not shares and items[0].count else []
    for k, (n, when) in enumerate(respective):   # "asked 47 and 25 Freedonian diplomats to leave in 1983 and 1985,
        if k:   # respectively": each number its own expulsion, at its own time
            heads[len(out)] = heads[len(out) - 1]
            out.append(out[-1])
        out[-1] = out[-1]._replace(count=number_of(n), at_least=False, trigger_i=when.i)
    for n, when in gapped_times(tok, expelled_tok) if kind == "expel" and expelled_tok is not None and \
            len(items) == 1 and not shares and items[0].count else ():
        heads[len(out)] = heads[len(out) - 1]   # "expelled 105 Soviet officials in 1971 and 25 in 1985": told at its
        out.append(out[-1]._replace(count=number_of(n), at_least=False, trigger_i=when.i))   # own time


_OFFICES = HOME_BODIES | {"president", "premier", "chancellor"}


def state_acting(tok, states: States) -> Optional[str]:
    """The state a phrase names as acting for it: the state's or its capital's name ("Freedonia"), or a body of its
    government ("the Freedonian government", "the cabinet in Fredville"); else None."""
    hit = states.at(tok)
    if hit is not None and hit[1] in ("state", "capital"):
        return hit[0]
    return state_of_phrase(tok, states) if normalise(tok.text) in GOVERNMENT_HEADS else None


def _host_itself(tok, states: States) -> Optional[str]:
    """The state a phrase names as itself: its name, its capital or a body of its government (state_acting), or its
    people by their nationality as the head ("the Libyans demanded that ..."); never a nationality on a word of its
    own ("Ruritanian lawmakers", "a Ruritanian opposition leader")."""
    hit = states.at(tok)
    if hit is not None and hit[1] == "norp":
        return hit[0]
    return state_acting(tok, states)


_OBLIGING = {"should", "must", "ought"}


def _reported_by_others(tok, actor: Optional[str], states: States) -> bool:
    """"A Ruritanian newspaper said the Freedonian ambassador should leave the country": a guest's "should/must
    leave" that someone reports is the host's order only when the one who says it speaks for the host (_host_itself,
    an office or a body of government on a word of the speaker's phrase, or the one spoken for: "the foreign
    ministry", "a government spokesman", "a spokesman for the Ruritanian government"); a newspaper, an opposition
    leader or protesters of the host's nationality only ask it."""
    if actor is None or not any(c.dep_ == "aux" and normalise(c.text) in _OBLIGING for c in tok.children):
        return False
    subj = speech_subject(tok)
    if subj is None or state_of_phrase(subj, states) != actor:
        return False   # ("a spokesman said", "it said": one whose state the phrase does not give speaks for whom the
        # story said before: left as it was)
    words = [t for t in subj.subtree if t.i < subj.i] + [o for _, o in _prep_objects(subj, "for")]
    return not (_host_itself(subj, states) == actor or _office_holder(subj) or
                any(state_acting(w, states) == actor or _office_holder(w) for w in words))


def _office_holder(tok) -> bool:
    """"Minister Lloyd", "the Foreign Secretary", "the government": one who holds an office of state, or the office."""
    return normalise(tok.text) in _OFFICES or any(
        c.dep_ in ("compound", "amod", "appos") and normalise(c.text) in _OFFICES for c in tok.children)


def _modality(trigger: Trigger, expeller: Expeller) -> tuple[str, Expeller]:
    """(modality, expeller): the modality the arcs that govern the trigger give (modality_of), a state told or a
    parliament voting to expel making it a demand, a host's demand that its guests leave (or a summoned envoy's
    people's expulsion demanded) an order done, with the host as the actor (in `expeller`)."""
    tok, kind, gov, span, states = trigger.tok, trigger.kind, trigger.gov, trigger.span, trigger.states
    actor, actor_tok = expeller.actor, expeller.actor_tok
    modality = modality_of(tok, kind, gov, span)
    adopting = adopting_verb(tok) if kind in ("expel", "noun", "png") else None
    adopter = None if adopting is None else passive_agent(adopting) if _passive(adopting) else _clause_subject(adopting)
    # ("a resolution to expel ... was adopted by Freedonia": the agent adopts it)
    if adopter is not None and not legislature(adopter) and actor in (None, state_acting(adopter, states)) and \
            state_acting(adopter, states) is not None:   # "Freedonia adopted a resolution to expel ...": the state's
        actor, actor_tok = state_acting(adopter, states), adopter   # own decision, told as the adopting tells it
        modality = modality_of(adopting, "issue", None, span) if modality == ASSERTED else modality
    elif adopting is not None:
        modality = HYPOTHETICAL   # "the parliament adopted a resolution to expel ...": a body's word (talk.proposed)
    copula = counting_copula(tok) if kind == "expel" and modality == ASSERTED else None
    if copula is not None:   # "Two Freedonian diplomats were not among those expelled": told as the "be" tells it
        modality = modality_of(copula, "issue", None, span)
    if modality == ASSERTED and (kind == "expel" and asked_of_state(tok, states) or
                                 kind in ("expel", "png") and legislature(actor_tok)):
        modality = DEMAND   # "Qatar was told by its neighbours to expel the Emirati diplomats"; "the parliament
        # voted to expel the ambassador", "the parliament said it considered the ambassador persona non grata": a
        # house's word asks its government to act
    if modality == ASSERTED and kind in ("expel", "png", "leave") and \
            legislature(decider(tok) or (decider(gov) if gov is not None else None)):
        modality = DEMAND   # "the parliament resolved that the envoy be expelled", "... that the envoy leave": a
        # house's resolution asks its government to act
    if modality == ASSERTED and kind == "leave" and actor_tok is None and actor not in (None, FIRST_PERSON) and \
            not actor.startswith("@") and _reported_by_others(tok, actor, states):
        modality = DEMAND   # "the Ruritanian opposition leader said the Freedonian ambassador should leave": his
        # nationality names the host, but he speaks for no host (the foreign ministry saying so orders it)
    if modality == DEMAND and kind == "leave" and actor not in (None, FIRST_PERSON) and not actor.startswith("@") \
            and actor_tok is not None and (_host_itself(actor_tok, states) == actor or _office_holder(actor_tok)) \
            and host_orders_out(tok, gov, actor, states):   # (the state or its minister demands, not "lawmakers",
        # "a Ruritanian opposition leader", "a Ruritanian newspaper": a nationality on a word of its own is no host)
        modality = ASSERTED   # "Saudi Arabia demanded the Lebanese ambassador leave the kingdom"
    if modality == DEMAND and kind == "reduce" and host_cut_demand(tok, states) is not None and \
            actor == states.at(host_cut_demand(tok, states)[0])[0]:
        modality = ASSERTED   # "Russia demanded that the United States cut its diplomatic staff in Russia": the
        # host's own order (host_demands.host_cut_demand)
    if modality == DEMAND and kind == "noun" and actor is None and summoning_host(tok, states) is not None:
        actor_tok = summoning_host(tok, states)   # "summoned the French charge d'affaires ... and demanded the
        actor, modality = states.at(actor_tok)[0], ASSERTED   # expulsion of French embassy employees": the host
    return modality, expeller._replace(actor=actor, actor_tok=actor_tok)


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
