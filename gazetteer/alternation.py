"""Many words in one regular expression, as a prefix tree: one alternative per next letter.

    words_pattern(["expel", "expulsion", "eject"], end=r"\\b") -> 'e(?:ject\\b|xp(?:el\\b|ulsion\\b))'

Python's `re` tries the alternatives of `a|b|c` one after another at every position where a match could start,
and under re.IGNORECASE it cannot skip an alternative by its first letter: a list of ~40 words costs ~40 tries at
each word of the text. Written as a prefix tree, the words that share a start share their test, so a position is
left after one try per distinct first letter. The tree matches what `"|".join(longest first) + end` matches at
each position, and the same text: at every branch the longer words are tried before a word that ends there (a
word's `end`, such as \\b, is tried after the words that go on).
"""
from __future__ import annotations

import re
from typing import Iterable

_END = ""   # the key of "a word ends here" in a tree node (never a letter)


def words_pattern(words: Iterable[str], end: str = "") -> str:
    """A regex (no group of its own) matching each of `words` followed by `end`, longest first at a position;
    `words` are matched literally (escaped); an empty word is left out. Nothing matches if there are no words."""
    tree: dict = {}
    for word in words:
        if not word:
            continue
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _node_pattern(tree, end) if tree else r"(?!)"


def _node_pattern(node: dict, end: str) -> str:
    branches = [re.escape(char) + _node_pattern(child, end) for char, child in sorted(node.items()) if char != _END]
    if _END in node:
        branches.append(end)   # after every longer word
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"
