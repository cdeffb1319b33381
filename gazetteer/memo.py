"""Answers that depend only on the gazetteer and their arguments, remembered.

A worker's gazetteer does not change during a run, and news asks the same questions of it
article after article ("Foreign Ministry" of RU, the country in "Soviet Foreign Ministry").
`by_gazetteer` remembers a function's answers per (gazetteer, arguments), least recently used
dropped first; a gazetteer stand-in that cannot be hashed is simply asked every time.

A function of the gazetteer alone (`fn(gaz)`: an index a module builds from the entities on first use,
"names less their last word") is kept with the gazetteer itself (`Gazetteer.derived`), so that the warm
gazetteer a worker saves for the next (gazetteer/snapshot.py, `gazetteer_indexes()`) carries it built.
"""
from __future__ import annotations

import functools
import inspect

_INDEXES: list = []   # the functions of the gazetteer alone, decorated so far


def gazetteer_indexes() -> list:
    """Every function of the gazetteer alone that `by_gazetteer` decorates (in the modules imported so far)."""
    return list(_INDEXES)


def by_gazetteer(size: int = 8192):
    """Decorator for `fn(gaz, *hashable_args)` whose answer depends only on those."""
    def wrap(fn):
        remembered = functools.lru_cache(maxsize=size)(fn)
        key = f"{fn.__module__}.{fn.__qualname__}"

        @functools.wraps(fn)
        def call(gaz, *args):
            if not args and hasattr(gaz, "derived"):   # an index of the whole gazetteer: kept with it
                return gaz.derived(key, lambda: fn(gaz))
            if type(gaz).__hash__ is None:
                return fn(gaz, *args)
            return remembered(gaz, *args)

        call.cache_clear = remembered.cache_clear
        if fn.__module__.startswith("gazetteer.") and len(inspect.signature(fn).parameters) == 1:
            _INDEXES.append(call)   # (the gazetteer's own modules: what the job's resolver may build)
        return call
    return wrap
