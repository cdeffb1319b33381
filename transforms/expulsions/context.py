"""The article as context: whether it is about diplomats.

A missing side of an event never comes from the state the article mentions most: it comes from
the article's own story (story.complete_from_story)."""
from __future__ import annotations

from typing import Sequence

from transforms.records import Mention
from transforms.expulsions.tokens import Unit, match_personnel


class ArticleContext:
    """What the whole article says: whether it is about diplomats."""

    def __init__(self, units: Sequence[Unit], mentions: Sequence[Mention]):
        self.diplomatic = any(
            (hit := match_personnel(u.tokens, k, len(u.tokens))) is not None and hit[2]
            for u in units for k in range(len(u.tokens)))
