"""An act added with "also" to the one the sentence before told, in the passive with no agent: "Ruritania expelled two
Freedonian diplomats on Monday. A Graustarkian attache was also asked to leave" is Ruritania's act too.

    continues_act(verb) -> bool                 (expellers.actor_from_context: the actor ACT_BEFORE)
    actors_continued(readings) -> readings      (story.py: ACT_BEFORE made the state of the sentence before's act)

The state is the one actor of the asserted expulsions the sentence before told; when it told none ("Freedonia
protested on Monday.") or acts of several states ("Ruritania and Graustark expelled ..."), no one: a state guessed
from a story of several would be a confident wrong link.
"""
from __future__ import annotations

from transforms.expulsions.parse_words import ACT_BEFORE, ASSERTED, _passive, normalise


def continues_act(verb) -> bool:
    """Is `verb` a passive with no agent that "also" adds to an act told before ("was also asked to leave", "were
    also expelled")?"""
    return verb is not None and _passive(verb) and any(c.dep_ == "advmod" and normalise(c.text) == "also"
                                                       for c in verb.children) and \
        not any(c.dep_ == "agent" for c in verb.children)


def actors_continued(readings: list) -> list:
    """`readings` ((sentence index, Reading) pairs) with each actor ACT_BEFORE made the one state that acts in the
    asserted expulsions of the sentence before, else None."""
    out = []
    for k, r in readings:
        if r.actor == ACT_BEFORE:
            actors = {x.actor for j, x in readings if j == k - 1 and x.modality == ASSERTED and not x.other_sense
                      and not x.aggregate}
            actor = actors.pop() if len(actors) == 1 else None
            r = r._replace(actor=actor if actor is not None and not actor.startswith("@") else None)
        out.append((k, r))
    return out
