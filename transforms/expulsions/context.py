"""The article as context: which states it is about, whether it is about diplomats."""
from __future__ import annotations

from collections import Counter
from typing import Optional, Sequence

from transforms.records import Mention
from transforms.expulsions.mentions import country_of, state_of
from transforms.expulsions.tokens import Unit, match_personnel


class ArticleContext:
    """What the whole article says: which states it is about, whether it is about diplomats."""

    def __init__(self, units: Sequence[Unit], mentions: Sequence[Mention]):
        counts: Counter = Counter()
        for m in mentions:
            state, _ = state_of(m)
            code = state or country_of(m)
            if code and m.entity_type != "OTHER":
                counts[code] += 1
        self.counts = counts
        self.diplomatic = any(
            (hit := match_personnel(u.tokens, k, len(u.tokens))) is not None and hit[2]
            for u in units for k in range(len(u.tokens)))

    def counterpart(self, state: str, cued: bool = False) -> Optional[str]:
        """The other side, when one other state clearly dominates the article. Without a cue
        in the sentence ("our staff", "of its own", "in response") it must be named twice."""
        others = [(c, k) for c, k in self.counts.most_common() if c != state]
        if not others:
            return None
        top, n1 = others[0]
        n2 = others[1][1] if len(others) > 1 else 0
        return top if n1 >= (1 if cued else 2) and n1 >= 2 * n2 else None
