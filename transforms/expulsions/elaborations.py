"""An expulsion told first without a count, then counted in the very next sentence by no one named there: "Norway
announced the expulsion of Russian diplomats. 15 employees of the Russian Embassy in Oslo became persons non grata."
The second sentence tells the first one's people in detail: its actor is the first one's, even where the story has
other states that expel the same people (which the story's pairs cannot choose between)."""
from __future__ import annotations

from typing import Sequence

from transforms.expulsions.event_id import make_event_id
from transforms.records import Event

ASSERTED, AGGREGATE = "asserted", "aggregate"


def elaborated(events: Sequence[Event], untold: dict, units: Sequence[tuple[int, int]]) -> list[Event]:
    """`events` with the counted expulsion of each sentence in `untold` ({unit index: {(expelled, count)}}: the parse
    read whose and how many, by no one named, and no sum over states) given the actor of the one uncounted asserted
    expulsion of the same state's people the sentence just before tells; where that sentence tells none, or several
    states that expel them, the events stay as they are (the count stays a sum of no one state)."""
    out = list(events)
    for k, told in sorted(untold.items()):
        if k == 0:
            continue
        a, b = units[k - 1]
        here = units[k]
        for expelled, count in sorted(told):
            actors = {e.expelling_country for e in out if a <= e.start_char < b and e.modality == ASSERTED and
                      e.count is None and e.expelled_country == expelled and e.expelling_country}
            if len(actors) != 1:
                continue
            actor = actors.pop()
            for i, e in enumerate(out):
                if here[0] <= e.start_char < here[1] and e.expelling_country is None and \
                        e.expelled_country == expelled and e.count == count and e.modality in (ASSERTED, AGGREGATE):
                    out[i] = e._replace(expelling_country=actor, modality=ASSERTED, event_id=make_event_id(
                        e.article_id, e.start_char, e.end_char, actor, expelled, count, ASSERTED))
    return out
