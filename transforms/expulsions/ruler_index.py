"""The attribute ruler's matches found through an index of its patterns: the same matches, faster.

spaCy's `attribute_ruler` (en_core_web_sm: 179 patterns, each setting a token's POS, morphology or lemma from
its tag, lower-case form or arc) finds its matches with a general `Matcher`, which tries every pattern at
every token: ~18 microseconds a token, as much as the parser itself on the sentences the extraction parses
(the 1,000 Reuters articles: 387 sentences, 12,393 tokens, ~0.22 of the parse's ~1.4 CPU s).

Its patterns are fixed sequences of one or two token tests (equality, IN, NOT_IN or REGEX on TAG, LOWER, DEP
or IS_SPACE). Whether a pattern may start at a token depends only on that token's four values, so the patterns are
indexed by their first token's tag or lower-case form, and which of them start at a token is remembered per
combination of values (the lower-case form kept only as far as the patterns can tell it apart); a longer pattern's
other tokens are tested where it starts. The matches are the Matcher's (checked on 181,948 tokens of news) and are
applied by the ruler's own `set_annotations`, in its own order.

    index_attribute_ruler(nlp)   # idempotent; a pipeline whose ruler has a pattern of another shape is left as it is
"""
from __future__ import annotations

import re
from typing import Optional

_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")   # what a one-token pattern may test here (as the token's attributes)
_MEMO_LIMIT = 200_000                          # combinations remembered (a long-running worker's memory stays bounded)


def index_attribute_ruler(nlp) -> bool:
    """Have `nlp`'s attribute ruler find its matches through `IndexedRulerMatch`; False if it has no ruler
    or a pattern this index does not read exactly (the ruler is then left as it is)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if isinstance(ruler.__dict__.get("match"), IndexedRulerMatch):
        return True
    indexed = IndexedRulerMatch.of(ruler)
    if indexed is None:
        return False
    ruler.match = indexed   # (an instance attribute: the ruler's __call__ asks self.match)
    return True


class _Test:
    """One token attribute's test: equality with a value, membership (IN / NOT_IN) or a REGEX search."""

    __slots__ = ("attr", "kind", "value")

    def __init__(self, attr: str, spec):
        self.attr = attr
        if isinstance(spec, dict):
            if len(spec) != 1:
                raise ValueError(spec)
            (op, value), = spec.items()
            if op in ("IN", "NOT_IN") and isinstance(value, (list, tuple, set)) and attr != "IS_SPACE":
                self.kind, self.value = op, frozenset(value)
            elif op == "REGEX" and isinstance(value, str) and attr != "IS_SPACE":
                self.kind, self.value = op, re.compile(value)
            else:
                raise ValueError(spec)
        elif attr == "IS_SPACE" and isinstance(spec, bool):
            self.kind, self.value = "=", spec
        elif attr != "IS_SPACE" and isinstance(spec, str):
            self.kind, self.value = "=", spec
        else:
            raise ValueError(spec)

    def __call__(self, value) -> bool:
        if self.kind == "=":
            return value == self.value
        if self.kind == "IN":
            return value in self.value
        if self.kind == "NOT_IN":
            return value not in self.value
        return self.value.search(value) is not None


class IndexedRulerMatch:
    """`ruler.match(doc)` for an `AttributeRuler` whose patterns are all fixed sequences of token tests: the
    same list of (attribute id, match id, start, end), sorted, as the ruler's own. A pattern is looked for
    only where its first token's tag or lower-case form says it may start (or everywhere, for a first
    token tested otherwise); which patterns a token may start is remembered per (tag, lower, dep,
    is_space) combination."""

    def __init__(self, ruler, patterns: list):
        self.attr_of = {}   # match id -> the ruler's attribute id (the key's number), as ruler.match sorts by it
        self.by_tag: dict = {}
        self.by_lower: dict = {}
        self.any_token: list = []
        for match_id, number, tests in patterns:
            self.attr_of[match_id] = number
            entry = (match_id, tests)
            first = tests[0]
            tag = next((t for t in first if t.attr == "TAG" and t.kind in ("=", "IN")), None)
            lower = next((t for t in first if t.attr == "LOWER" and t.kind in ("=", "IN")), None)
            if tag is not None:
                for value in ([tag.value] if tag.kind == "=" else tag.value):
                    self.by_tag.setdefault(value, []).append(entry)
            elif lower is not None:
                for value in ([lower.value] if lower.kind == "=" else lower.value):
                    self.by_lower.setdefault(value, []).append(entry)
            else:
                self.any_token.append(entry)
        first_lower = [t for _, tests in (*[e for es in self.by_tag.values() for e in es],
                                          *[e for es in self.by_lower.values() for e in es], *self.any_token)
                       for t in tests[0] if t.attr == "LOWER"]
        # every form a first-token LOWER test names; the regular expressions, in a fixed order
        self.lower_literals = frozenset(v for t in first_lower if t.kind != "REGEX"
                                        for v in ([t.value] if t.kind == "=" else t.value))
        self.lower_regexes = tuple({id(t): t for t in first_lower if t.kind == "REGEX"}.values())
        self._memo: dict = {}          # (tag, class of the lower-case form, dep, is_space) -> what may start there
        self._lower_class: dict = {}   # lower-case form's hash -> its class (`_class_of`)

    @classmethod
    def of(cls, ruler) -> Optional["IndexedRulerMatch"]:
        """The index of `ruler`'s patterns, or None if one of them is of a shape it does not read exactly
        (an operator such as "OP", another attribute, an extension)."""
        matcher = ruler.matcher
        strings = ruler.vocab.strings
        patterns = []
        for number in range(len(ruler.attrs)):
            match_id = strings[str(number)]
            if match_id not in matcher:
                continue
            for pattern in matcher.get(match_id)[1]:
                try:
                    tests = tuple(tuple(_Test(attr, spec) for attr, spec in token.items()) for token in pattern)
                except (ValueError, AttributeError):
                    return None
                if not tests or any(not token or any(t.attr not in _ATTRS for t in token) for token in tests):
                    return None
                patterns.append((match_id, number, tests))
        return cls(ruler, patterns)

    def __call__(self, doc) -> list:
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
        if len(self._memo) > _MEMO_LIMIT or len(self._lower_class) > _MEMO_LIMIT:
            self._memo.clear()
            self._lower_class.clear()
        memo, lower_class, strings = self._memo, self._lower_class, doc.vocab.strings
        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist() if len(doc) else []
        found = []
        for i, (tag, lower, dep, space) in enumerate(rows):
            word = lower_class.get(lower)
            if word is None:
                word = lower_class[lower] = self._class_of(strings[lower] if lower else "")
            key = (tag, word, dep, space)
            starts = memo.get(key)
            if starts is None:
                starts = memo[key] = self._starting(_values(strings, (tag, lower, dep, space)))
            one_token, longer = starts
            for attr_id, match_id in one_token:
                found.append((attr_id, match_id, i, i + 1))
            for match_id, tests in longer:
                end = i + len(tests)
                if end <= len(rows) and all(all(t(values[t.attr]) for t in token) for token, values in
                                            zip(tests[1:], (_values(strings, tuple(r)) for r in rows[i + 1:end]))):
                    found.append((self.attr_of[match_id], match_id, i, end))
        return sorted(set(found))   # (the same match found by two patterns of one key is applied once: the same)

    def _class_of(self, lower: str):
        """What the patterns' first-token tests can tell of a lower-case form: the form itself if a pattern
        names it, else the answers of the regular expressions that test it."""
        if lower in self.lower_literals:
            return lower
        return tuple(t.value.search(lower) is not None for t in self.lower_regexes)

    def _starting(self, values: dict) -> tuple:
        """(one-token patterns as (attribute id, match id), longer patterns as (match id, tests)) whose first
        token test a token with these values passes."""
        passed = [(match_id, tests) for match_id, tests in (*self.by_tag.get(values["TAG"], ()),
                                                            *self.by_lower.get(values["LOWER"], ()),
                                                            *self.any_token)
                  if all(t(values[t.attr]) for t in tests[0])]
        return (tuple((self.attr_of[m], m) for m, tests in passed if len(tests) == 1),
                tuple((m, tests) for m, tests in passed if len(tests) > 1))


def _values(strings, key: tuple) -> dict:
    """A token's (tag, lower, dep, is_space) hashes as the strings and flag the tests read."""
    tag, lower, dep, space = key
    return {"TAG": strings[tag] if tag else "", "LOWER": strings[lower] if lower else "",
            "DEP": strings[dep] if dep else "", "IS_SPACE": bool(space)}
