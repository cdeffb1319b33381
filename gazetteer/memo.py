"""Answers that depend only on the gazetteer and their arguments, remembered.

A worker's gazetteer does not change during a run, and news asks the same questions of it
article after article ("Foreign Ministry" of RU, the country in "Soviet Foreign Ministry").
`by_gazetteer` remembers a function's answers per (gazetteer, arguments), least recently used
dropped first; a gazetteer stand-in that cannot be hashed is simply asked every time.
"""
from __future__ import annotations

import functools


def by_gazetteer(size: int = 8192):
    """Decorator for `fn(gaz, *hashable_args)` whose answer depends only on those."""
    def wrap(fn):
        remembered = functools.lru_cache(maxsize=size)(fn)

        @functools.wraps(fn)
        def call(gaz, *args):
            if type(gaz).__hash__ is None:
                return fn(gaz, *args)
            return remembered(gaz, *args)

        call.cache_clear = remembered.cache_clear
        return call
    return wrap
