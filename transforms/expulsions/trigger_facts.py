"""What is known about one expulsion trigger while grammar.read_sentence reads it: plain records, no logic.

    Trigger       the trigger itself: its token, kind, governor, sentence and the article's states (never changes)
    Arguments     the tokens arguments._arguments finds on the parse: actor, expelled, a place's state, an owner
    ExpelledNoun  the noun that stands for the expelled people, as _arguments and grammar._expelled_noun found it
    Expeller      the actor side: who expels, whether a sum over states, who speaks of it (expellers.py)
    People        the people side: how many, whose, where they serve, whether diplomats (expelled_people.py)
    Item          one expelling state's share of the trigger, whose people and how many: one Reading each

read_sentence's steps take these records and return small named results; a step that decides anew
(`summed_over_states`, `actor_from_context`, `items_per_state`, ...) gives its answer and read_sentence
replaces the field in its record (`expeller._replace(aggregate=...)`), so each record always holds what
is known so far.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple, Optional

from transforms.expulsions.parse_words import States


@dataclass(frozen=True)
class Trigger:
    """The trigger being read."""
    tok: object              # the trigger token ("expelled", "expulsion", "persona non grata"'s head, ...)
    kind: str                # its kind in patterns/grammar.json: "expel", "noun", "png", "leave", "withdraw", ...
    gov: object              # the verb it hangs from ("decided to expel", "ordered ... to leave"), or None
    span: object             # the parsed sentence
    states: States           # which state a token stands for, from the article's resolved mentions


class Arguments(NamedTuple):
    """The arguments of a trigger as the parse gives them (arguments._arguments)."""
    actor_tok: object            # the subject, agent or other phrase read as the one who expels, or None
    expelled_tok: object         # the object, passive subject or "of" complement read as the people, or None
    place_actor: Optional[str]   # the state a passive or a place names ("expelled from X"), or None
    owner: object                # the phrase their owner is read from ("two members of its mission"), or None


class ExpelledNoun(NamedTuple):
    """The noun that stands for the expelled people."""
    tok: object              # the noun (or number) read as the people, None when the trigger names none
    phrase: object           # that noun before an adjective or "each" was passed over ("four Polish and two ...")
    hung: object             # a state the parser made the object, the number on it ("... and Ukraine 13"), or None
    owner: object            # the phrase their owner was read from ("two members of its mission"), or None


class Expeller(NamedTuple):
    """The actor side: what read_actor finds, and what later steps decide of it."""
    actor: Optional[str]        # the expelling state, FIRST_PERSON, a pointer back ("@..."), or None
    aggregate: bool             # several states, or a sum over them
    actor_tok: object           # the token the actor was read from
    left_here: bool             # they left "this country"
    clause: object              # the copula or "have ... to leave" clause that governs the trigger
    voice: Optional[str]        # the state of the one who speaks of it
    place_actor: Optional[str]  # the state a passive or a place names ("expelled from X"), as _arguments found it


class People(NamedTuple):
    """The people side: what read_people finds of the expelled, and what later steps decide of it."""
    count: Optional[int]
    at_least: bool
    whose: Optional[str]
    host: Optional[str]
    other: bool               # no diplomats (journalists, a company's staff, migrants)
    settled: bool             # nothing may make them diplomats
    same: bool                # "the same number" as the expulsion before
    partitive: bool           # "four of them"
    unvetted: bool            # a bare name the story may tell of later
    asked: list               # the states asked to withdraw them
    base: object              # the token the count was read from (None with no expelled noun)


class Item(NamedTuple):
    """One expelling state's part of a trigger (trigger_readings.py, gapping.py): grammar._add_readings makes a
    Reading of each."""
    actor: Optional[str]      # the expelling state (or FIRST_PERSON, a pointer back, None)
    actor_tok: object         # the token it was read from, or None
    whose: Optional[str]      # whose people
    count: Optional[int]
    at_least: bool
