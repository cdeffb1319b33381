"""Events from the grammar readings of an article's sentences, completed from the article's own story.

    grammar_events(article_id, text, published_date, units, mentions, parse) -> ({unit index: [Event]}, settled, unnamed,
        untold)

Each sentence with a trigger candidate is parsed (`parse` turns texts into spaCy Docs) and read by
transforms/expulsions/grammar.py. A reading that lacks one side takes it, in this order, from:
1. the sentence itself: the state the expelled serve in ("a member of the Legation in London",
   "the ambassador to Chile") is the expelling state;
2. the pair the article has already established: when the other side of a reading is known and the
   article's readings name exactly one state paired with it, that state; when they pair it with none,
   the one state the article says it has relations with ("our relations with Uganda", relations.py);
3. the first person ("we", "our request", "our embassy staff"): the state the article speaks for,
   which is the side of an established pair opposite the named state, or the state of the crown
   possessive ("Her Majesty's Government") the article uses.
A pronoun pointing into the sentence before ("They were given a week to leave", "It ordered him to
leave", "the men", "the kingdom") takes that sentence's diplomatic people of one nationality and its
subject state (anaphora.py); "the country" they must leave, with nothing else to say which, is the
country of the article's dateline.
Never from the state that happens to be mentioned most: with no such evidence the side stays
unknown and the reading gives no asserted event.
"""
from __future__ import annotations

import functools
import re
from typing import Callable, Optional, Sequence

from gazetteer.history import one_state
from transforms.datelines import dateline_length
from transforms.records import Event, Mention
from transforms.expulsions import grammar as g
from transforms.expulsions.answered import answers_after_their_acts
from transforms.expulsions.clause_years import other_act_spans
from transforms.expulsions.anaphora import acted_on_named_before, people_before, people_through_pronouns, post_of_people, \
    state_before, state_held_in, told_again
from transforms.expulsions.continued_acts import actors_continued
from transforms.expulsions.counted_states import split_counted_states
from transforms.expulsions.event_id import make_event_id
from transforms.expulsions.follows import followed, follower_event
from transforms.expulsions.headings import speakers_state
from transforms.expulsions.list_lead_ins import lead_in_state
from transforms.expulsions.missions_before import bare_mission_people, its_people, mission_shut_before
from transforms.expulsions.people import _mission_word
from transforms.expulsions.mentions import country_of, demonyms, mention_tuples, state_of
from transforms.expulsions.parts import part_of_told
from transforms.expulsions.characterised import characterises
from transforms.expulsions.parse_words import DEBATE_ADDRESS
from transforms.expulsions.person_state import counted_before, diplomat_named, international_official_named, named_before, \
    nationality_of
from transforms.expulsions.readable_case import readable_case
from transforms.expulsions.relations import relation_pairs
from transforms.expulsions.several import listed_states
from transforms.expulsions.sides import complete_sides, counterpart, first_person_side, known_side, names_side, tied_to_story, told_pairs, wave_target
from transforms.expulsions.years import answer_of_no_time, paragraph_label_year, state_in_year, tells_answer, year_from_text
from transforms.expulsions.candidate_sentences import candidate_units, parse_start


_HEADING = 300   # characters: where a document says from whom and to whom it goes ("TELEGRAM FROM ... TO THE DEPARTMENT OF STATE")


@functools.lru_cache(maxsize=256)   # asked twice for an article's readings (grammar_events)
def home_state(text: str) -> Optional[str]:
    """The state an article's first person speaks for, when the article says so itself."""
    lowered = g.normalise(text)
    for crown, code in g.CROWN.items():
        if crown + " government" in lowered:
            return code
    spaced, cased = _home_marks()
    if not (spaced and (spaced.search(lowered) or spaced.search(lowered, 0, _HEADING)) or cased.search(text)):
        return None   # none of the names below (most texts), in two passes over the text instead of two per name
    for name, code in {**g.HOME_NAMES, **DEBATE_ADDRESS}.items():   # "HMG", "Dept will wish ...", "My Lords"
        where = lowered[:_HEADING] if name.startswith(("to the ", "from the ")) else lowered   # a telegram's address
        if (" " in name and re.search(r"\b" + re.escape(name) + r"\b", where)) or \
                re.search(r"\b(?:" + name.upper() + "|" + name.capitalize() + r")\b(?!\.?\s+of\b)", text):
            return code
    return None


@functools.lru_cache(maxsize=1)
def _home_marks() -> tuple:
    """One pattern for all of `home_state`'s names in lower case with a space, one for all of them as
    written: either finds a match where one of the names' own patterns does."""
    names = [*g.HOME_NAMES, *DEBATE_ADDRESS]
    spaced = [re.escape(name) for name in names if " " in name]
    return (re.compile(r"\b(?:" + "|".join(spaced) + r")\b") if spaced else None,
            re.compile(r"\b(?:" + "|".join(f"{name.upper()}|{name.capitalize()}" for name in names)
                       + r")\b(?!\.?\s+of\b)"))


def grammar_events(article_id: str, text: str, published_date: Optional[str], units: Sequence[tuple[int, int]],
                   mentions: Sequence[Mention], parse: Callable, diplomatic: bool = True,
                   names_diplomats: bool = True) -> tuple[dict, set[int], dict, dict]:
    """(events by unit index, the units the parse settles as asserting no expulsion: every trigger
    in them is hypothetical, negated, a demand, about non-diplomats or a bare "persona non grata", by unit
    index {(count, modality): {actor}} of the readings that say who expels how many but not whose they are, and by
    unit index {(expelled, count)} of the asserted readings that say whose and how many, by no one the story names)."""
    todo = list(candidate_units(text, tuple(units)))
    if not todo:
        return {}, set(), {}, {}
    tuples, names = mention_tuples(mentions), demonyms(mentions)
    readings: list[tuple[int, g.Reading]] = []
    starts = {k: parse_start(text, units[k]) for k in range(len(units))}
    docs = dict(zip(todo, parse([readable_case(text, starts[k], units[k][1], mentions) for k in todo])))
    for k in todo:
        states = g.States(tuples, starts[k], names, diplomatic, names_diplomats)   # (the article speaks of
        # diplomats, or of missions or spies; and whether it names diplomats by a word of their own)
        readings += [(k, r) for r in g.read_sentence(docs[k][:], states)]
    if home_state(text) or speakers_state(text, mentions):   # "the Government", "by the Foreign Secretary" in the Lords
        readings = [(k, r._replace(actor=g.FIRST_PERSON) if r.home_body else r) for k, r in readings]
    if any(r.expelled in (g.THE + g.BEFORE, g.THE + g.AFTER, g.THIRD_PERSON) or r.actor == g.STATE_BEFORE
           or _of_a_bare_mission(k, r) or told_again(k, r) for k, r in readings):
        readings = _before(readings, docs, starts, units, text, tuples, names, parse, mentions)
    readings = actors_continued(readings)   # "... A Graustarkian attache was also asked to leave": the act before's
    readings = [(k, r._replace(other_sense=True, settled=True) if r.person and
                 international_official_named(text[:units[k][1]], r.person) else r) for k, r in readings]
    # "UN Secretary-General Antonio Guterres" ... "declared Guterres persona non grata": no state's envoy
    readings = [(k, by_the_one_state(r, tuples)) for k, r in readings]   # "... and the government expelled"
    readings = [(k, one) for k, r in readings   # "The three governments expelled ... in return": each state named before
                for one in split_counted_states(r, text[units[k][0]:units[k][1]], _states_named(units, k - 1, mentions))]
    if not any(not r.weak and r.has_object and not r.other_sense for _, r in readings):
        readings = [(k, r) for k, r in readings if not r.weak]   # a retaliation alone is no expulsion
    readings = answers_after_their_acts(readings)   # "responded in kind after X expelled six": that act first
    home = home_state(text) or speakers_state(text, mentions)   # "HMG", "My Lords"; "Mr. Douglas Hurd: We ..."
    pairs = told_pairs(readings, home)
    home = home or first_person_side(readings, pairs)
    pairs = told_pairs(readings, home)
    place = dateline_state(text, mentions)
    relations = relation_pairs(text, tuples, names, home)   # "our relations with Uganda": sides no pair gives
    settled = {k for k, r in readings if r.settled} - \
        {k for k, r in readings if not r.settled and r.has_object and not r.other_sense}
    out: dict[int, list[Event]] = {}
    unnamed: dict[int, dict] = {}   # readings that name who expels and how many, not whose they are
    untold: dict[int, set] = {}   # readings that name whose and how many, by no one the story names
    sides_expelled = {known_side(r.expelled, home) for _, r in readings if r.expelled and not r.other_sense and
                      not r.expelled.startswith("@")}   # whose people the readings say are expelled
    last = None   # the expelled state of the previous reading that names one
    last_here = False   # whether that reading sends them from where the text stands, by no one named
    last_count = None   # the count of the previous reading that has one
    told: list[Event] = []   # the events so far, in text order
    acts: list[tuple[int, Optional[Event]]] = []   # (sentence, its event or None) of each reading but a follow
    follows: list[Event] = []
    parts: set[int] = set()   # sentences with a part of an expulsion told before (parts.py), or one characterised
    told_at: list[tuple[int, int, Event]] = []   # (sentence, trigger index, event) of each asserted event
    quiet = {k: {c for m in mentions if units[k][0] <= m.start_char < units[k][1] for c in (country_of(m),) if c}
             for k in set(range(len(units))) - set(todo)}   # sentences with no word of any trigger: the states they name
    for k, r in readings:
        if r.follows:   # "Latvia followed suit": the expulsion told just before, by another state
            done = follower_event(r, followed(acts, k, quiet))
            if done is not None and not one_state(done[0], done[1]):
                a, b = units[k]
                actor, expelled, count, at_least, modality = done
                year, _ = year_from_text(text[a:b], _offset(docs, starts, units, k, r), published_date, text[:a])
                follows.append(Event(
                    event_id=_event_id(article_id, a, b, actor, expelled, count, modality), article_id=article_id,
                    expelling_country=actor, expelled_country=expelled, count=count, at_least=at_least,
                    event_year=year, modality=modality, sentence=text[a:b], start_char=a, end_char=b,
                    trigger=r.trigger, actor_text=r.actor_text, published_date=published_date))
                out.setdefault(k, []).append(follows[-1])
            continue
        acts.append((k, None))
        if r.same_number and r.count is None:   # "Russia responded by expelling the same number of Polish diplomats"
            r = r._replace(count=last_count)
        if r.count is not None and not r.other_sense and r.has_object:
            last_count = r.count
        if r.expelled == g.THE + g.PREVIOUS:   # ("... will no longer be permitted to remain in this country. A further
            acting = known_side(r.actor, home)
            own = acting is not None and last is not None and one_state(acting, last)   # "Moscow expelled five U.S.
            earlier = next((e.expelled_country for e in reversed(told) if e.expelling_country == acting), None) if own \
                else None   # diplomats. Washington then expelled 55 more": more of those Washington expelled before
            r = r._replace(expelled=earlier if own else last,
                           here=r.here or last_here and r.actor is None and not r.aggregate)
            # 15 ... will not be allowed to return": more of them, sent from the same place by the same no one named)
        elif r.expelled and r.expelled.startswith(g.THE):   # "the ambassador": the one named before
            at = units[k][0] + _offset(docs, starts, units, k, r)
            count = r.count if r.count is not None else counted_before(text, at, r.expelled[len(g.THE):])
            r = r._replace(expelled=named_before(text, at, r.expelled[len(g.THE):], names),   # (or earlier in it)
                           count=count)   # "the three diplomats had been chosen ... expelling the diplomats"
        if r.unvetted:   # "asked Mr. Kusa to leave": only the diplomat the story named him before
            r = r._replace(expelled=diplomat_named(text[:units[k][1]], r.person, names, r.actor))
            if r.expelled is None:
                continue
        if r.expelled is None and r.person:   # "the first secretary, Ivan Petrov" ... "Petrov, a Soviet citizen"
            r = r._replace(expelled=nationality_of(text, r.person, names))
        if r.expelled and not r.expelled.startswith("@") and not r.other_sense:
            last, last_here = r.expelled, r.here and r.actor is None
        if r.actor is None and not r.aggregate:   # "... the following measures:" + "1- Considering the U.S. Ambassador"
            opening = text.find(r.trigger.split()[0], *units[k])   # of "Considering ... persona", its first word
            lead = lead_in_state([(a, text[a:b]) for a, b in units], k, opening, mentions, r.expelled) \
                if opening >= 0 else None
            r = r._replace(actor=state_of(lead)[0], actor_text=lead.text) if lead is not None else r
        answered = tied_to_story(text[units[k][0]:units[k][1]]) or \
            names_side(known_side(r.expelled, home), told_pairs([(j, x) for j, x in readings if j >= k], home))
        # (an expulsion of the same people's state told in the sentence or after: an answer to this one)
        actor, expelled = complete_sides(r, pairs, home, place, relations, answered)
        if actor is None and r.actor is None and not r.aggregate and not r.other_sense and r.has_object and \
                expelled is not None and r.count is not None and r.modality == g.ASSERTED:
            untold.setdefault(k, set()).add((expelled, r.count))   # "15 employees ... became persons non grata"
            # by no one named: perhaps the expulsion the sentence before told (elaborations.py)
        if expelled is None and r.pair_other is not None and actor is not None and \
                all(e.expelled_country in (actor, r.pair_other) for e in told):
            expelled = r.pair_other   # "A and B expelled two diplomats each", with no one else's people told before:
            # each the other's ("Ruritania expelled 23 Freedonians. A and B expelled two diplomats each": Freedonians)
        if r.mirror and r.modality != g.ASSERTED:
            continue   # "if we reply in kind": whom and how many stay guesses
        if r.mirror:   # "Moscow responded in kind": the last expulsion of its own people, turned round
            own = state_in_year(actor, year_from_text(text[units[k][0]:units[k][1]], _offset(docs, starts, units, k, r),
                                                      published_date)[0])
            done = next((e for e in reversed(told) if actor and e.expelled_country in (actor, own)
                         and e.modality == g.ASSERTED), None)
            if done is None:
                continue
            # the same act turned round: one person for one ("expelled the German ambassador; Germany reciprocated"),
            # but "expelled a dozen ...; Moscow responded in kind" answers in kind, not in number: how many is not
            # told (as after a follow, follows.py)
            expelled = done.expelling_country
            r = r._replace(count=1 if done.count == 1 and not done.at_least else None, at_least=False)
        if r.other_sense or not r.has_object:
            continue
        modality = r.modality
        if modality == g.ASSERTED and (r.aggregate or actor is None):
            modality = g.AGGREGATE if r.aggregate else modality
        if one_state(actor, expelled):
            continue   # a state sending home its own diplomats is a recall
        if modality == g.ASSERTED and expelled is None and actor and not actor.startswith("@") and \
                respective_share(k, r, readings):   # "Germany and France have declared 40 and 35 diplomats persona
            expelled = wave_target(actor, pairs, sides_expelled)   # non grata" in a story of Russians expelled:
            # the people of the story's one wave, as complete_from_story gives one state's count of a window event
        if modality == g.ASSERTED and (actor is None or expelled is None):
            if actor is not None and r.count is not None:   # who expels how many, but not whose they are
                unnamed.setdefault(k, {}).setdefault((r.count, modality), set()).add(actor)
            continue
        a, b = units[k]
        sentence = text[a:b]
        year, _ = year_from_text(sentence, _offset(docs, starts, units, k, r), published_date, text[:a],
                                 other_act_spans(docs.get(k), r.trigger_i, starts[k] - a))
        if year is None or year != paragraph_label_year(text[:a]):   # a chronology's item dates its answers too
            year = _answered_year(told, actor, expelled, sentence) or year
        actor, expelled = state_in_year(actor, year), state_in_year(expelled, year)
        if modality == g.ASSERTED and part_of_told(r.part_of, r.count, actor, expelled, told):
            parts.add(k)   # "ordered 50 Russian diplomats to leave ... six of the diplomats were declared": six of
            continue   # those, no other expulsion
        if modality == g.ASSERTED and characterises(docs.get(k), r.trigger_i, {i for j, i, e in told_at if j == k and (
                e.expelling_country, e.expelled_country) == (actor, expelled)}, any(j == k - 1 and (
                e.expelling_country, e.expelled_country) == (actor, expelled) for j, _, e in told_at)):
            parts.add(k)   # "expelled two ..., the first expulsion of any Freedonian envoy since 1990": that one
            continue   # (characterised.py)
        out.setdefault(k, []).append(Event(
            event_id=_event_id(article_id, a, b, actor, expelled, r.count, modality),
            article_id=article_id, expelling_country=actor, expelled_country=expelled, count=r.count,
            at_least=r.at_least, event_year=year, modality=modality, sentence=sentence, start_char=a, end_char=b,
            trigger=r.trigger, actor_text=r.actor_text, published_date=published_date))
        told.append(out[k][-1])
        if modality == g.ASSERTED:
            told_at.append((k, r.trigger_i, out[k][-1]))
        acts[-1] = (k, out[k][-1])
    for e in follows:   # "Norway did likewise, expelling three Chinese diplomats": the sentence's own reading
        k = next(i for i, evs in out.items() if e in evs)
        if any(o.expelling_country == e.expelling_country and o.modality == e.modality and o not in follows
               for o in out[k]):
            out[k].remove(e)
    settled |= {k for k in parts if not out.get(k)}   # a sentence telling only a part asserts no other expulsion
    return out, settled, unnamed, untold


def respective_share(k: int, r, readings) -> bool:
    """Is r one of the shares of a respective count, each state its own number of people of no nationality told
    ("Germany and France have declared 40 and 35 diplomats persona non grata"): another reading of its trigger in
    sentence k with another state and another count, and none of them "the other's"? (One state's count alone,
    or the same count each, the story completes otherwise: complete_from_story, the pair of "each".)"""
    shares = [x for j, x in readings if j == k and x.trigger_i == r.trigger_i and x.expelled is None and
              x.pair_other is None and x.count is not None and x.modality == g.ASSERTED]
    return r in shares and len({x.actor for x in shares}) == len(shares) > 1 and \
        len({x.count for x in shares}) == len(shares)


def _states_named(units, k: int, mentions: Sequence[Mention]) -> list[str]:
    """The states sentence `k` names by a country's or a city's name, in text order (none before the first)."""
    if k < 0:
        return []
    a, b = units[k]
    return [country_of(m) for m in sorted(mentions, key=lambda m: m.start_char)
            if a <= m.start_char < b and m.entity_type in ("COUNTRY", "CITY") and country_of(m)]


def _another_expelled(readings, k: int, actor) -> bool:
    """Whether sentence k tells an expulsion by a named state other than `actor` (itself a named state):
    "The United States expelled 60 Russian diplomats. Canada expelled four of them" are four such people."""
    return actor is not None and not actor.startswith("@") and any(
        j == k and r.actor is not None and not r.actor.startswith("@") and r.actor != actor and r.has_object
        and not r.other_sense and not r.follows for j, r in readings)


def _expelled_in(readings, k: int) -> bool:
    """Whether sentence k tells any expulsion read as one (a named reading with people, of its own sense)."""
    return any(j == k and r.has_object and not r.other_sense for j, r in readings)


def _offset(docs, starts, units, k: int, r) -> int:
    """Where the reading's trigger stands in its sentence: the year told nearest it is its year ("In 2013 ...
    detained a diplomat, and in 2018 the Dutch expelled two Russians")."""
    doc = docs.get(k)
    return doc[r.trigger_i].idx + starts[k] - units[k][0] if doc is not None and r.trigger_i < len(doc) else 0


def _of_a_bare_mission(k: int, r) -> bool:
    """A reading, after the first sentence, of people of no state by no one, told as done, that may be "the embassy's
    staff" (missions_before.bare_mission_people)."""
    return k > 0 and r.actor is None and not r.aggregate and r.has_object and not r.other_sense and \
        r.modality == g.ASSERTED and (r.expelled is None or r.expelled.startswith(g.THE) and
                                      _mission_word(r.expelled[len(g.THE):]))


def _before(readings, docs, starts, units, text, tuples, names, parse, mentions=()):
    """Readings whose pronoun points into the sentence before ("They were given a week to leave", "It
    ordered him to leave", "Its ambassador ... was declared persona non grata by Quito") with that sentence's
    people and state (anaphora.py); a pronoun whose people the sentence before does not name gives no expulsion."""
    out = []
    for k, r in readings:
        theirs = r.expelled == g.THIRD_PERSON and r.actor is not None and k > 0 and \
            (not r.actor.startswith("@") or r.actor == g.STATE_BEFORE)   # ("It ordered their diplomats out")
        shut = r.expelled == g.THIRD_PERSON and r.actor is None and not r.aggregate and k > 0 and k in docs
        bare = _of_a_bare_mission(k, r) and k in docs and bare_mission_people(docs[k][:], g.States(tuples, starts[k], names))
        if r.expelled == g.THE + g.AFTER:   # "13 EXPELLED FROM CANADA" over the story: its people, of one state
            out.append((k, _headline_people(r, k, docs, starts, units, text, tuples, names, parse, mentions)))
            continue
        if told_again(k, r):   # "... accused a Freedonian diplomat of spying. The diplomat was expelled": by it
            prev, prev_states = next(_sentences_back(k, docs, starts, units, text, tuples, names, parse, mentions))
            acted = acted_on_named_before(r.expelled[len(g.THE):], prev, prev_states)
            r = r._replace(actor=acted[0], count=r.count if r.count is not None else acted[1]) if acted else r
        if r.expelled != g.THE + g.BEFORE and r.actor != g.STATE_BEFORE and not theirs and not shut and not bare:
            out.append((k, r))
            continue
        if k > 0 and k - 1 not in docs:
            docs[k - 1] = parse([readable_case(text, starts[k - 1], units[k - 1][1], mentions)])[0]
        prev = docs[k - 1][:] if k > 0 else None
        states = g.States(tuples, starts[k - 1], names) if k > 0 else None
        if r.actor == g.STATE_BEFORE:
            r = r._replace(actor=state_before(prev, states) if prev is not None else None)
            if r.actor is None and r.expelled is not None and r.expelled.startswith(g.THE) \
                    and r.expelled != g.THE + g.BEFORE:
                r = r._replace(other_sense=True)   # '"The kingdom ... requests the departure of the embassy's
                # delegates," he said': neither side is named, an "it" the sentence before does not name and "the
                # embassy", which one not said; a state guessed for each would be a guess on a guess
        if theirs and r.actor is not None:   # "Mexico closed its embassy in Quito. Its ambassador, declared persona non grata by Quito, ..."
            owner = state_before(prev, states)
            r = r._replace(expelled=owner) if owner is not None and not one_state(owner, r.actor) else r
            listed = listed_states(prev, r.actor, states) if r.expelled == g.THIRD_PERSON else []
            if listed:   # "Ruritania broke off relations with A, B and C. It ordered their diplomats to leave": each
                out += [(k, r._replace(expelled=code)) for code in listed]   # of the states the sentence before lists
                continue
        if shut and its_people(docs[k][:], g.States(tuples, starts[k], names)) or bare:   # "Ruritania closed the Freedonian
            found = mission_shut_before(prev, states)   # embassy. All its diplomats were ordered to leave": the
            if found is not None and not one_state(found[0], found[1]):   # mission's people, by who shut it
                r = r._replace(expelled=found[0], actor=found[1])
        if r.expelled == g.THE + g.BEFORE:
            people = people_through_pronouns(_sentences_back(k, docs, starts, units, text, tuples, names, parse,
                                                              mentions), r.count == 1 and not r.partitive)
            if r.partitive and not _another_expelled(readings, k - 1, r.actor) and _expelled_in(readings, k - 1):
                people = None   # "It expelled four of them": some of its own expulsion (people of no expulsion:
                # "Freedonian diplomats were accused of spying. Ruritania expelled four of them" are four of them)
            if people is None:
                r = r._replace(expelled=None, other_sense=True)
            else:
                r = r._replace(expelled=people[0], count=r.count if r.count is not None else people[1])
                acted = (state_before(prev, states) or state_held_in(prev, states) or
                         post_of_people(prev, states, r.count == 1)) \
                    if r.actor is None and not r.aggregate and prev is not None else None   # (or where they were held:
                # "... arrested in Bonn. Both were later expelled"; or where he serves: "The Freedonian ambassador to
                # Ruritania was caught smuggling. He was declared persona non grata": by his host)
                if acted is not None and not one_state(acted, people[0]):
                    r = r._replace(actor=acted)   # "Poland accused nine Russian diplomats of spying. All nine were
                    # ordered to leave": who named them acts
        out.append((k, r))
    return out


def _sentences_back(k, docs, starts, units, text, tuples, names, parse, mentions):
    """(span, states) of the sentences before sentence k, nearest first, each parsed when first asked for."""
    for j in range(k - 1, -1, -1):
        if j not in docs:
            docs[j] = parse([readable_case(text, starts[j], units[j][1], mentions)])[0]
        yield docs[j][:], g.States(tuples, starts[j], names)


def _headline_people(r, k, docs, starts, units, text, tuples, names, parse, mentions):
    """A headline's bare number ("13 EXPELLED FROM CANADA", the article's first line) takes the diplomatic people of
    one state the sentence under it names ("... accused members of the Soviet embassy of spying"), with the
    headline's count; none named, or of several states, or anywhere but the first line: no expulsion."""
    if k != 0 or len(units) < 2:
        return r._replace(expelled=None, other_sense=True)
    if 1 not in docs:
        docs[1] = parse([readable_case(text, starts[1], units[1][1], mentions)])[0]
    people = people_before(docs[1][:], g.States(tuples, starts[1], names), r.count == 1 and not r.at_least)
    if people is None or one_state(people[0], r.actor):
        return r._replace(expelled=None, other_sense=True)
    return r._replace(expelled=people[0])


def _event_id(*key) -> str:
    return make_event_id(*key)


def dateline_state(text: str, mentions: Sequence[Mention]) -> Optional[str]:
    """The state of the place an article's dateline names ("ROME, March 3 -"): the country "the
    country" means when the story leaves it unnamed."""
    end = dateline_length(text[:200])
    codes = {m.acts_for or m.country_code for m in mentions
             if m.end_char <= end and m.entity_type in ("CITY", "COUNTRY") and (m.acts_for or m.country_code)}
    return codes.pop() if len(codes) == 1 else None


def _answered_year(told: Sequence[Event], actor, expelled, sentence: str) -> Optional[int]:
    """The year of the expulsion an answer with no time of its own answers ("In 1983, France expelled 47 Soviet
    diplomats. In response, the Soviet Union expelled ..."): the last one told of the answerer's people by the
    other side; None when there is none."""
    if not actor or not expelled or not answer_of_no_time(sentence):
        return None
    return next((e.event_year for e in reversed(told) if e.modality == g.ASSERTED and e.event_year and
                 (e.expelling_country, e.expelled_country) == (state_in_year(expelled, e.event_year),
                                                               state_in_year(actor, e.event_year))), None)


def by_the_one_state(r: g.Reading, tuples) -> g.Reading:
    """A bare government body that expels ("Bulgarian prosecutors charged six people with spying for Russia, and the
    government expelled a Russian diplomat"), where no document voice or sentence before says whose it is: the
    government of the one state the article names besides the people's own; with two or more, or none, it stays
    unknown. `tuples` are the article's mentions as (start, end, code, kind)."""
    if not r.home_body or r.actor not in (None, g.STATE_BEFORE) or not r.expelled or r.expelled.startswith("@") or \
            r.modality != g.ASSERTED:
        return r
    others = {code for _, _, code, kind in tuples if code and kind in ("state", "norp", "capital", "place")
              and not one_state(code, r.expelled)}
    return r._replace(actor=others.pop()) if len(others) == 1 else r


def complete_from_story(events: Sequence[Event]) -> list[Event]:
    """Events that name one side take the other from the article's story: the one state the
    article's complete events pair with the named side ("India retaliated with six expulsions of its
    own" after "Canada expelled six Indian diplomats"), else, for a side that expels and says how many, the
    people of the story's one wave ("Estrovia will expel one diplomat"; uncounted "foreign diplomats" or bare
    "ambassadors" in a survey of expulsions are no one state's), else the side stays unknown. An aggregate
    is never completed; an asserted event whose actor stays unknown is an aggregate (no single
    state acts), and one whose expelled side stays unknown is dropped (a half-known event is never
    the expulsion a reader was told of; the grammar reading never asserts one either)."""
    pairs = [(e.expelling_country, e.expelled_country) for e in events
             if e.expelling_country and e.expelled_country and e.modality != g.AGGREGATE
             and e.expelling_country != e.expelled_country]
    expelled_sides = {e.expelled_country for e in events if e.expelled_country}
    out = []
    for e in events:
        actor, expelled, modality = e.expelling_country, e.expelled_country, e.modality
        if modality != g.AGGREGATE and (actor is None) != (expelled is None):
            other = counterpart(expelled or actor, pairs) or \
                (wave_target(actor, pairs, expelled_sides) if actor and e.count is not None else None)
            if actor is not None and e.count is None and (other, actor) in pairs and (actor, other) not in pairs \
                    and not tells_answer(e.sentence or ""):
                other = None   # "The Russian side confirmed the expulsion of diplomats" after Russians were expelled:
                # its own people's expulsion told again, uncounted, not an answer (which the sentence would say)
            if other is not None and other != (expelled or actor):
                actor, expelled = (other, expelled) if actor is None else (actor, other)
        if modality == g.ASSERTED and actor is None:
            modality = g.AGGREGATE
        if modality == g.ASSERTED and expelled is None:
            continue   # whose people the story never says: abstain, as the grammar reading does
        if (actor, expelled, modality) != (e.expelling_country, e.expelled_country, e.modality):
            e = e._replace(expelling_country=actor, expelled_country=expelled, modality=modality,
                           event_id=make_event_id(e.article_id, e.start_char, e.end_char, actor, expelled,
                                                  e.count, modality))
        out.append(e)
    return out


def default_parse(texts: Sequence[str]) -> list:
    """Parse texts with the process's one spaCy pipeline (the recogniser's), running only its
    parse components (tagger, parser, lemmatizer; see parse.py)."""
    from transforms.expulsions.parse import SpacySentenceParser
    from transforms.recognise import worker_spacy_model
    return SpacySentenceParser(worker_spacy_model())(texts)
