"""The article as context: whether it is about diplomats.

A missing side of an event never comes from the state the article mentions most: it comes from
the article's own story (story.complete_from_story)."""
from __future__ import annotations

from typing import Sequence

from transforms.records import Mention
from transforms.expulsions.counts import number_value
from transforms.expulsions.tokens import Unit, match_personnel


class ArticleContext:
    """What the whole article says: whether it is about diplomats (`diplomatic`: it names them), and whether
    a nationality of people in it may be diplomats (`of_diplomats`: it names diplomats, officials of a state
    ("Soviet officials"), a mission or spying;
    "deporting Afghans" in a story of migrants are no diplomats, "expelled 105 Russians" in a spy story may be)."""

    def __init__(self, units: Sequence[Unit], mentions: Sequence[Mention]):
        self.diplomatic = any(
            (hit := match_personnel(u.tokens, k, len(u.tokens))) is not None and hit[2]
            for u in units for k in range(len(u.tokens)))
        self.of_diplomats = self.diplomatic or any(t.norm in _OF_DIPLOMATS for u in units for t in u.tokens) or \
            any(_officials_of_a_state(u, k) for u in units for k in range(1, len(u.tokens)))


def _officials_of_a_state(unit: Unit, k: int) -> bool:
    """"25 Soviet officials", "11 Iraqi staff": a counted weak people word right after a nationality (people
    acted on; "Pakistani officials said" are those who speak)."""
    hit = match_personnel(unit.tokens, k, len(unit.tokens))
    span = unit.span_at.get(k - 1)
    return hit is not None and span is not None and span.mention.entity_type == "NORP" and span.i > 0 and \
        number_value([unit.tokens[span.i - 1].norm]) is not None


_OF_DIPLOMATS = frozenset({"embassy", "embassies", "consulate", "consulates", "legation", "legations", "chancery",
                           "spy", "spies", "spying", "espionage", "intelligence"})
