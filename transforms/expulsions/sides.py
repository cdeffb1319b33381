"""An event's missing side, completed from the story (story.py): the (expelling, expelled) pairs the article's
readings name completely, the state the article speaks for ("we"), the one state those pairs set against a named
side, the expeller of a state's own people only when the sentence is tied to the story, and the people of the
story's one wave."""
from __future__ import annotations

import re
from typing import Optional

from transforms.expulsions import grammar as g
from transforms.expulsions.lexicon import DOCUMENT_NOUNS
from transforms.expulsions.years import tells_answer


def known_side(code: Optional[str], home: Optional[str]) -> Optional[str]:
    return home if code == g.FIRST_PERSON else code


def told_pairs(readings, home) -> list[tuple[str, str]]:
    """(expelling, expelled) pairs the article's readings name completely, in text order."""
    out = []
    for _, r in readings:
        actor = known_side(r.actor, home) or r.host
        expelled = known_side(r.expelled, home)
        if actor and expelled and actor != expelled and not r.aggregate and not r.other_sense \
                and not actor.startswith("@") and not expelled.startswith("@"):
            out.append((actor, expelled))
    return out


SAME_STATE = {"SU": "RU", "CS": "CZ"}   # a former state and its continuator, for matching a pair


def first_person_side(readings, pairs) -> Optional[str]:
    """"the Soviets kicking 5 of our people out": in a story whose pair is (SU, US), we are US."""
    for _, r in readings:
        if r.actor == g.FIRST_PERSON and r.expelled not in (None, g.FIRST_PERSON, g.THIRD_PERSON):
            side = expelled_by(r.expelled, pairs)
        elif r.expelled == g.FIRST_PERSON and (r.actor or r.host) not in (None, g.FIRST_PERSON):
            side = counterpart(r.actor or r.host, pairs)   # "our Moscow embassy": the host's other side
        else:
            continue
        if side:
            return side
    return None


def expelled_by(state: str, pairs) -> Optional[str]:
    """Who "we" are when we expel the people of `state`: the one state whose people `state` expelled in
    the story (we answer in kind). "The French have thrown out forty-seven Russians ... we threw out a
    hundred and five in 1971" tells no French "we": a pair in which `state` was only expelled says
    nothing of who we are."""
    same = {state, SAME_STATE.get(state, state)}
    same |= {k for k, v in SAME_STATE.items() if v == state}
    others = {b for a, b in pairs if a in same and b not in same}
    return others.pop() if len(others) == 1 else None


def counterpart(state: str, pairs, relations=()) -> Optional[str]:
    """The one state `pairs` pair with `state`; when they pair it with none, the one `relations` do."""
    same = {state, SAME_STATE.get(state, state)}
    same |= {k for k, v in SAME_STATE.items() if v == state}
    others = {b if a in same else a for a, b in pairs if a in same or b in same}
    if not others and relations:
        return counterpart(state, relations)
    return others.pop() if len(others) == 1 else None


_TIED = re.compile(r"\b(?:this|it) follows\b|\banother\b", re.I)


def tied_to_story(sentence: str) -> bool:
    """Whether `sentence` tells an answer ("in response") or ties its expulsion to one told before ("This follows an
    expulsion on May 13, when another Ruritanian diplomat was sent back")."""
    return tells_answer(sentence) or bool(_TIED.search(sentence))


def their_expeller(state: str, pairs, relations=(), answer: bool = False) -> Optional[str]:
    """Who expels `state`'s people when the reading names no one ("Six Ruritanian diplomats were expelled"): the
    story's other side (`counterpart`) when a pair of the story is of the same people (`state`'s people expelled
    before); when `state` only ever expels in the story, its other side only if the sentence tells an answer
    (`answer`: "In response, six Ruritanian diplomats were expelled") or names an unnamed doer ("by a foreign
    government"), else no one: Ruritania's expulsion of a Freedonian says nothing of who expelled Ruritanians."""
    if not answer and names_side(state, pairs) and not any(b in same_as(state) for _, b in pairs):
        return None
    return counterpart(state, pairs, relations)


# what a law or a bill requires ("The bill requires both Iran and Britain to withdraw their ambassadors") is no
# state's act: the text it names is no unnamed doer
_TEXTS = frozenset(DOCUMENT_NOUNS) | {"bill", "bills", "motion", "motions", "amendment", "amendments"}


def unnamed_doer(actor_text: Optional[str]) -> bool:
    """Does the reading name a doer that is no state named ("by the authorities", "the junta"), as opposed to
    none at all or a law, bill or treaty that requires it?"""
    return actor_text is not None and actor_text.strip().lower() not in _TEXTS


def same_as(state: Optional[str]) -> set:
    """`state` and its former state or continuator (SU, RU)."""
    return {state, SAME_STATE.get(state, state)} | {k for k, v in SAME_STATE.items() if v == state}


def names_side(state: Optional[str], pairs) -> bool:
    """Whether a pair of `pairs` names `state` (or its former state or continuator) on either side."""
    same = same_as(state)
    return any(a in same or b in same for a, b in pairs)


def wave_target(state: str, pairs, expelled_sides=frozenset()) -> Optional[str]:
    """Whose people `state` expels when it names none and no pair of the story names `state`: in a story of
    a wave ("Ruritania expelled four Freedonian diplomats, Lakonia two ... Estrovia will expel one
    diplomat"), the one state whose people several states expel, if `state` is never expelled itself; in a
    story whose every expulsion, sums included (`expelled_sides`), is of one state's people ("Ruritania,
    Lakonia and Estrovia have expelled a total of ten Freedonian diplomats. Ruritania expelled four ..."),
    that state."""
    if any(state in (a, b) for a, b in pairs) or state in expelled_sides:
        return None
    if len(expelled_sides) == 1:
        return next(iter(expelled_sides))
    actors = {}
    for a, b in pairs:
        actors.setdefault(b, set()).add(a)
    waves = [b for b, acting in actors.items() if len(acting) >= 2]
    return waves[0] if len(waves) == 1 else None


def complete_sides(r: g.Reading, pairs, home, place=None, relations=(), answer: bool = False) \
        -> tuple[Optional[str], Optional[str]]:
    """The reading's two sides, completed from the story: its established `pairs`, else the `relations`
    it names (relations.py), the state it speaks for (`home`) and its dateline's (`place`). `answer`: the
    reading's sentence tells an answer ("in response") or ties itself to the story ("This follows")."""
    actor, expelled = r.actor, r.expelled
    if actor is None and r.host and r.host != known_side(expelled, home):
        actor = r.host
    if actor is None and r.here and expelled not in (None, g.FIRST_PERSON):
        # "must leave the country": the story's other side, else the state the article speaks for, else
        # the country of the dateline
        actor = counterpart(expelled, pairs, relations) or (home if home != expelled else None) or \
            (place if place != known_side(expelled, home) else None)
    we_act = actor == g.FIRST_PERSON
    if we_act:   # (else the state the people serve in: "we have today asked that an attaché should be withdrawn
        # from the Soviet Embassy in London")
        actor = home or (r.host if r.host and r.host != known_side(expelled, home) else None) or \
            (expelled_by(expelled, pairs) if expelled not in (None, g.FIRST_PERSON) else None)
    if expelled == g.FIRST_PERSON:
        expelled = home or (counterpart(actor, pairs, relations) if actor else None)
    if expelled == g.THIRD_PERSON:   # "25 of their agents": the other side of the actor
        expelled = counterpart(actor, pairs, relations) if actor else None
    if expelled is not None and expelled.startswith(g.THE):
        expelled = None
    if r.aggregate:
        return actor, expelled
    if actor is None and expelled is not None and not we_act:   # who "we" are was settled above
        actor = their_expeller(expelled, pairs, relations, answer or unnamed_doer(r.actor_text))
    elif expelled is None and actor is not None:
        expelled = counterpart(actor, pairs, relations)
    return actor, expelled
