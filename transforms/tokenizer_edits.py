"""Changes to spaCy's tokenizer's search functions, made together and made once.

spaCy's tokenizer loads all its special cases afresh (~1,300 rules: "don't", "U.S.", ":)") whenever
one of its search functions is set, ~0.05 CPU s each time, and the job's hooks set four of them in every
worker (glued words, reference marks, an agency's slashes before and after it). `special_cases_once`
sets the rules aside while the hooks are set and loads them once at the end, against the final search
functions, as spaCy's own `Tokenizer.from_bytes` does: the same tokenizer for ~0.15 CPU s less.

A hook wraps the search function it finds and marks its wrapper so that a second call changes nothing
(`newsnorm_*` attributes); `carry_marks` gives a wrapper the marks of the function it wraps, so that a
hook wrapped in turn by another is still seen as made.
"""
from __future__ import annotations

import contextlib
from typing import Callable, Iterator


@contextlib.contextmanager
def special_cases_once(tokenizer) -> Iterator:
    """Within the block, setting the tokenizer's search functions does not reload its special cases;
    they are loaded once when the block ends (however it ends)."""
    rules = tokenizer.rules
    tokenizer.rules = {}
    try:
        yield tokenizer
    finally:
        tokenizer.rules = rules


def carry_marks(wrapper: Callable, wrapped) -> Callable:
    """`wrapper` with the hooks' marks (`newsnorm_*` attributes) of the search function it wraps."""
    for name, value in getattr(wrapped, "__dict__", {}).items():
        if name.startswith("newsnorm_"):
            setattr(wrapper, name, value)
    return wrapper
