"""The two readers of a sentence merged: the parse's readings (story.grammar_events) and the window rules'
(events._events_in_unit). The parse says who expelled whom where it reads a sentence; a window reading stands
only where the parse gives nothing for its pair and does not contradict it.

    merge(window, grammar, units, settled, unnamed) -> [Event], in text order
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from gazetteer.history import one_state
from transforms.expulsions.event_id import make_event_id
from transforms.expulsions.years import state_in_year
from transforms.records import Event


def _partial_of(e: Event, pairs) -> bool:
    """A window event missing one side whose other side the grammar read completely in the same
    sentence ("Minsk expelled two Latvian diplomats, one Estonian and three Lithuanian ones")."""
    if e.expelled_country is None and e.expelling_country is not None:
        return any(a == e.expelling_country and b is not None for a, b in pairs)
    if e.expelling_country is None and e.expelled_country is not None:
        return any(b == e.expelled_country and a is not None for a, b in pairs)
    return False


_EACH_OTHER = re.compile(r"\b(?:each other|one another|both|mutual\w*|respectively|"
                         r"reciproc(?!al\s+(?:expulsion|deportation|ouster)\b)\w*)\b", re.I)
# ("a reciprocal expulsion of two diplomats", one act named in the singular, is one state's answer, one way)
# a sentence that tells one expulsion as the answer to another ("ordered the expulsion of the Nicaraguan ambassador
# and seven others in response to Managua's ouster of the U.S. envoy") tells both directions: a counted window
# reading of the other direction stands
_ANSWER = re.compile(r"\b(?:in response to|in retaliation (?:for|against)|in return for|tit[- ]for[- ]tat|(?:following|"
                     r"after|due to|because of|in reply to|in answer to)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:expulsions?|ouster|"
                     r"deportation|decision to expel))\b", re.I)   # ("withdrew the accreditation of X following the
# expulsion of a British diplomat")


def _turned_round(e: Event, pairs) -> bool:
    """A window event (B, A), or (B, ?) / (?, A), in a sentence whose parse reads (A, B) and tells no
    exchange: the window rules took the one expelled for the one who expels."""
    a, b = e.expelling_country, e.expelled_country
    if a is None and b is None:
        return False
    turned = (b, a) in pairs if a is not None and b is not None else \
        any(x == b for x, _ in pairs) if a is None else any(y == a for _, y in pairs)
    return turned and not _EACH_OTHER.search(e.sentence) and not (e.count is not None and _ANSWER.search(e.sentence))


def _other_actor_of(e: Event, unnamed: dict) -> bool:
    """Did the grammar read the same count, of people neither reader could name, as expelled by other states
    only (not also by this one: "Latvia and Estonia expelled three diplomats each")?"""
    actors = unnamed.get((e.count, e.modality)) if e.count is not None and e.expelled_country is None else None
    return bool(actors) and not any(a == e.expelling_country or one_state(a, e.expelling_country) for a in actors)


def _with_actor(e: Event, unnamed: dict) -> Event:
    """A window event with no one who expels, of a state's people the parse could not name, as many as the one
    state the parse read as expelling people of no named state ("The government in Addis Ababa declared two
    members of the Sudanese embassy personae non gratae", where the parse hangs the embassy on the Latin): the
    two readers' halves of one expulsion, joined; else the event as it is."""
    if e.expelling_country is not None or e.expelled_country is None or e.count is None or \
            e.modality not in ("asserted", "aggregate"):
        return e
    actors = unnamed.get((e.count, "asserted"), set())
    if len(actors) != 1:
        return e
    actor = state_in_year(next(iter(actors)), e.event_year)
    if actor is None or one_state(actor, e.expelled_country):
        return e
    return e._replace(expelling_country=actor, modality="asserted", event_id=make_event_id(
        e.article_id, e.start_char, e.end_char, actor, e.expelled_country, e.count, "asserted"))


def _with_unnamed_count(e: Event, unnamed: dict) -> Event:
    """A window event with both sides and no count, where the parse read that same state as expelling a number of
    people whose state it could not name ("they are announcing 12 people from the personnel of the Russian mission
    'persona non grata'": the parse knows how many, the window rules whose): the two halves joined; else the event
    as it is."""
    if e.count is not None or e.expelling_country is None or e.expelled_country is None or e.modality != "asserted":
        return e
    counts = {count for (count, modality), actors in unnamed.items()
              if modality == "asserted" and count is not None and e.expelling_country in actors}
    if len(counts) != 1:
        return e
    count = next(iter(counts))
    return e._replace(count=count, event_id=make_event_id(e.article_id, e.start_char, e.end_char, e.expelling_country,
                                                          e.expelled_country, count, e.modality))


def _other_people_of(e: Event, readings, shared: dict) -> bool:
    """Did the grammar read the same trigger, with the same actor and as many people, as another state's people
    ("expelled the European Union's ambassador, giving the Portuguese envoy 72 hours to leave": the envoy the
    window reads by his nationality is the Union's), or share out as many people among several states ("expel
    three diplomats from the European Union, respectively from A, B and C": one each, none the Union's)?
    `shared`: {(trigger, actor, modality): total} of the grammar's counted readings of two or more states."""
    return e.count is not None and ((e.trigger, e.expelling_country, e.count, e.modality) in readings or
                                    shared.get((e.trigger, e.expelling_country, e.modality)) == e.count)


def _shared_out(evs: Sequence[Event]) -> dict:
    """{(trigger, actor, modality): total} of the counted readings of one trigger and actor that give its people
    to two or more states."""
    by: dict = {}
    for e in evs:
        if e.expelling_country and e.expelled_country and e.count is not None:
            by.setdefault((e.trigger, e.expelling_country, e.modality), {})[e.expelled_country] = e.count
    return {key: sum(counts.values()) for key, counts in by.items() if len(counts) > 1}


def _blank_of(e: Event, whole) -> bool:
    """A window event with no one who expels, of as many people as an event the grammar read whole in the same
    sentence, of the same state or of none ("A third diplomat was expelled on Tuesday", the people and the state
    of the expulsion before; "Latvia and Estonia expelled 13 and 14 Russian diplomats respectively": no sum of
    13): the same people, told less. `whole`: (expelled, count) of the grammar's whole events."""
    return e.expelling_country is None and e.count is not None and any(
        n == e.count and (e.expelled_country is None or one_state(b, e.expelled_country)) for b, n in whole)


def _read_pair(e: Event, pairs) -> bool:
    """Did the grammar read the window event's pair, the same states by any of their names ("Soviet" for the
    Russians of 2001 when the story named the Soviet diplomats of 1986 last)?"""
    return (e.expelling_country, e.expelled_country) in pairs or any(
        one_state(a, e.expelling_country) and one_state(b, e.expelled_country) for a, b in pairs)


def _named_elsewhere(e: Event, window: Sequence[Event]) -> bool:
    """A grammar event whose expelling state the sentence does not name (the parse took it from the article before),
    where the window rules read the same people, as many, as expelled by each of several states the sentence names
    ("• UNITED STATES: 60 Russian diplomats expelled. • GERMANY, FRANCE, POLAND: Four Russian diplomats expelled from
    each country": the second line's states, not the first's): the sentence's own states stand."""
    if e.actor_text or e.expelling_country is None or e.count is None:
        return False
    named = {w.expelling_country for w in window if w.start_char == e.start_char and w.actor_text and
             w.actor_text in w.sentence and w.expelling_country not in (None, e.expelling_country) and
             w.expelled_country == e.expelled_country and w.count == e.count and w.modality == e.modality}
    return len(named) > 1


def merge(window: Sequence[Event], grammar: dict[int, list[Event]], units: Sequence[tuple[int, int]],
          settled: frozenset = frozenset(), unnamed: Optional[dict] = None) -> list[Event]:
    """The grammar's events for each sentence it read; the window rules' events only where the parse
    gives nothing, i.e. for a pair (expelling, expelled) the grammar did not read in that sentence
    ("Poland has deported 45 Russian diplomats, Germany 40, ..." lists stay with the window rules),
    except one that lacks a side the grammar read whole for the same state,
    and never an asserted one in a sentence the parse settles as asserting none, nor one that turns round
    a pair the grammar read in the sentence (the parse says who expelled whom; "each other's" excepted),
    nor one that gives the same people (state and count) the grammar read to another actor ("Canada followed
    Britain's example and expelled four Russian diplomats": the nearest state before the verb is not its subject),
    also where the grammar could not say whose they are (`unnamed`, by sentence: {(count, modality): {actor}} of
    readings with no expelled state; "with the United States hitting Moscow with sanctions and expelling 10
    diplomats": Moscow is the object of another verb, not who expels). A grammar event with no count takes the
    window's count for its pair where the window read a list of states with their counts (`_with_count`), nor one
    whose trigger, actor and count the grammar read with another state's people (`_other_people_of`), nor one with
    neither side of as many people as a whole grammar event (`_blank_of`), nor one that gives one state the people
    the grammar read as a total over several ("Twenty Qatari diplomats were given 48 hours to leave Saudi Arabia and
    Bahrain")."""
    grammar = {k: [e for e in evs if not _named_elsewhere(e, window)] for k, evs in grammar.items()}
    read = {units[k][0]: {(e.expelling_country, e.expelled_country) for e in evs} for k, evs in grammar.items()}
    people = {units[k][0]: {(e.expelled_country, e.count, e.modality) for e in evs if e.expelling_country
                            and e.count is not None} for k, evs in grammar.items()}
    readings = {units[k][0]: {(e.trigger, e.expelling_country, e.count, e.modality) for e in evs
                              if e.expelling_country and e.expelled_country and e.count is not None}
                for k, evs in grammar.items()}
    shared = {units[k][0]: _shared_out(evs) for k, evs in grammar.items()}
    whole = {units[k][0]: {(e.expelled_country, e.count) for e in evs if e.expelling_country and e.expelled_country}
             for k, evs in grammar.items()}
    totals = {units[k][0]: {(e.expelled_country, e.count) for e in evs if e.modality == "aggregate" and
                            e.expelling_country is None and e.expelled_country and e.count is not None}
              for k, evs in grammar.items()}
    quiet = {units[k][0] for k in settled}
    unnamed = {units[k][0]: half for k, half in (unnamed or {}).items()}
    window = [_with_unnamed_count(_with_actor(e, unnamed.get(e.start_char, {})), unnamed.get(e.start_char, {}))
              for e in window]
    out = [e for e in window if not _read_pair(e, read.get(e.start_char, ()))
           and not _partial_of(e, read.get(e.start_char, ()))
           and not (e.start_char in quiet and e.modality in ("asserted", "aggregate"))
           and not _turned_round(e, read.get(e.start_char, ()))
           and not (e.count is not None and (e.expelled_country, e.count, e.modality) in people.get(e.start_char, ()))
           and not _other_actor_of(e, unnamed.get(e.start_char, {}))
           and not _other_people_of(e, readings.get(e.start_char, ()), shared.get(e.start_char, {}))
           and not _blank_of(e, whole.get(e.start_char, ()))
           and not (e.expelling_country and (e.expelled_country, e.count) in totals.get(e.start_char, ())
                    and not _EACH_OTHER.search(e.sentence))]   # ("expelled 45 and 40 ... respectively": no total)
    counted = {(e.start_char, e.expelling_country, e.expelled_country, e.modality): e.count for e in window
               if e.count is not None and e.expelling_country and e.expelled_country
               and len({w.expelling_country for w in window if w.start_char == e.start_char and w.count is not None}) > 1}
    for k in sorted(grammar):
        out += [_with_count(e, counted.get((e.start_char, e.expelling_country, e.expelled_country, e.modality)))
                for e in grammar[k]]
    return sorted(out, key=lambda e: e.start_char)


def _with_count(e: Event, count: Optional[int]) -> Event:
    """The grammar's event with the count the window rules read for the same pair where the parse read none,
    in a sentence where they read a list of states, each with its count ("declared personae non gratae by
    Belgium (21), the Netherlands (17)": the parse knows who, the list how many)."""
    if e.count is not None or count is None:
        return e
    return e._replace(count=count, event_id=make_event_id(e.article_id, e.start_char, e.end_char, e.expelling_country,
                                                          e.expelled_country, count, e.modality))
