"""A fast fuzzy string index over normalised aliases.

`AliasIndex` answers two questions about an alias key (already passed through
`gazetteer.model.normalise`):

* `exact(key)`: which payloads carry exactly this key (a dict lookup);
* `fuzzy(key)`: which keys are closest to it, with a score in 0..1.

Fuzzy lookup never scans everything. Aliases are stored by length, and only
lengths that can reach the cutoff can match; when that length window holds few
aliases (`brute_force_limit`) they are all scored, an exact search. Otherwise
the search has two passes. The first looks only at aliases within
`length_slack` (2) characters of the query's length (one or two typos change
the length by at most that); the second, over every length that can reach the
cutoff, runs only when nothing in the first did. In each pass candidates come
from blocking: every key is cut into padded character 4-grams held in an
inverted index (one numpy array of alias ids, grouped by gram, ascending, so a
length range is one slice of each posting list). A query probes its *rarest*
grams, enough of them (9) that two typos cannot spoil them all; the keys in the
pass's length range sharing the most probed grams (64) are the candidates, and
only those are scored with rapidfuzz. Keys tied at the last count taken (thousands
of "federal ..." names share the grams of "federal") are taken by how few
characters their letters say they must differ by (a 64-bit signature per key of
the letters it holds once and twice), not by id: a typo in a short word leaves
few of its grams intact, and the key it came from ties with every key sharing
the other words. The scorer is strict: the larger of
`fuzz.ratio` and `fuzz.token_sort_ratio` (so "skripal sergei" still finds
"sergei skripal"), never `WRatio`.

The cutoff depends on the query's length unless one is given: keys shorter
than `min_fuzzy_length` (4) never match fuzzily, 4-5 characters need 0.85,
longer keys 0.8. `bench/bench_resolver.py` measures speed and recall against
brute force; see `bench/README.md`.

Example:

    >>> index = AliasIndex([("sergei skripal", 7), ("yulia skripal", 8)])
    >>> index.exact("yulia skripal")
    [8]
    >>> index.fuzzy("sergei skripl")[0].payload
    7
"""
from __future__ import annotations

import gc
import math
import threading
from typing import Iterable, NamedTuple, Optional, Sequence

import numpy as np
from rapidfuzz import fuzz, process

from gazetteer.index_arrays import (char_grams, gram_postings, letter_distance, letter_signature,
                                    letter_signatures)

MIN_FUZZY_LENGTH = 4
SHORT_NAME_CUTOFF = 0.85   # keys of 4-5 characters
LONG_NAME_CUTOFF = 0.8     # keys of 6 characters or more


class Match(NamedTuple):
    """One fuzzy hit: the payload, the indexed alias key that matched, its score in 0..1."""
    payload: int
    alias: str
    score: float


def default_cutoff(key: str, min_fuzzy_length: int = MIN_FUZZY_LENGTH) -> Optional[float]:
    """The score a fuzzy match of `key` must reach, or None if `key` is too short to match fuzzily."""
    if len(key) < min_fuzzy_length:
        return None
    if len(key) <= 5:
        return SHORT_NAME_CUTOFF
    return LONG_NAME_CUTOFF


def sorted_tokens(key: str) -> str:
    """`key` with its words in alphabetical order, as fuzz.token_sort_ratio compares them."""
    return " ".join(sorted(key.split())) if " " in key else key


def similarity_scores(query: str, choices: Sequence[str],
                      sorted_choices: Optional[Sequence[str]] = None) -> np.ndarray:
    """Score `query` against each choice (0..100): max of fuzz.ratio and fuzz.token_sort_ratio.

    Strings are compared as given (`processor=None`): both sides are already
    normalised keys. token_sort_ratio is fuzz.ratio of the word-sorted strings,
    so callers holding the choices' `sorted_tokens` forms pass them to save the
    sorting. Used both to re-rank candidates and by the benchmark's brute-force
    baseline, so the two always agree on what "best" means.
    """
    plain = process.cdist([query], choices, scorer=fuzz.ratio, processor=None,
                          dtype=np.float64, workers=1)[0]
    if sorted_choices is None:
        reordered = process.cdist([query], choices, scorer=fuzz.token_sort_ratio,
                                  processor=None, dtype=np.float64, workers=1)[0]
    else:
        reordered = process.cdist([sorted_tokens(query)], sorted_choices, scorer=fuzz.ratio,
                                  processor=None, dtype=np.float64, workers=1)[0]
    return np.maximum(plain, reordered)


class AliasIndex:
    """Exact and blocked fuzzy lookup of alias keys, each carrying integer payloads.

    Build from (alias_key, payload) pairs; a key may carry several payloads and
    a payload several keys. Keys must already be normalised: the index compares
    them as given.

    The exact map is built at once; the gram postings and letter signatures are
    built on the first fuzzy lookup (or by `prepare_fuzzy()`, e.g. in `DoFn.setup`). Lookups are
    thread-safe. The index pickles without its lazily built parts.

    Tuning knobs (speed/recall trade-offs measured in bench/README.md):
    `gram_size`; `min_probe_grams` grams are always probed (enough that two
    typos cannot spoil them all), more while fewer than `posting_budget`
    postings have been read; at most `max_candidates` keys are scored per pass; a
    length window of at most `brute_force_limit` aliases is scored in full; the
    first pass covers lengths within `length_slack` of the query's.
    """

    def __init__(self, pairs: Iterable[tuple], *, min_fuzzy_length: int = MIN_FUZZY_LENGTH,
                 gram_size: int = 4, min_probe_grams: int = 9, posting_budget: int = 0,
                 max_candidates: int = 64, brute_force_limit: int = 3_000, length_slack: int = 2):
        self.min_fuzzy_length = min_fuzzy_length
        self.gram_size = gram_size
        self.min_probe_grams = min_probe_grams
        self.posting_budget = posting_budget
        self.max_candidates = max_candidates
        self.brute_force_limit = brute_force_limit
        self.length_slack = length_slack
        self._keys, self._payload_offsets, self._payloads = _group_payloads_by_key(pairs)
        self._first_id_of_length = _first_id_of_each_length(self._keys)
        self._sorted_keys = [sorted_tokens(key) for key in self._keys]   # shares unchanged strings
        self._init_runtime_state()

    # -- construction -------------------------------------------------------------

    def _init_runtime_state(self) -> None:
        """Set up what is rebuilt rather than pickled: the key map, lock and scratch space."""
        self._key_ids = {key: i for i, key in enumerate(self._keys)}
        self._build_lock = threading.Lock()
        self._gram_spans = None    # gram -> (start, end) into self._postings
        self._postings = None      # alias ids grouped by gram
        self._signatures = None    # each alias's letter signature (index_arrays.letter_signatures)

    def prepare_fuzzy(self) -> "AliasIndex":
        """Build the gram postings and letter signatures now (otherwise the first fuzzy lookup does it)."""
        if self._gram_spans is None:
            with self._build_lock:
                if self._gram_spans is None:
                    collecting = gc.isenabled()
                    gc.disable()   # ~10^5 new strings and tuples, none garbage: no collection walks the heap meanwhile
                    try:
                        self._signatures = letter_signatures(self._keys)
                        self._postings, self._gram_spans = gram_postings(self._keys, self.gram_size)
                    finally:
                        if collecting:
                            gc.enable()
        return self

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        for rebuilt in ("_key_ids", "_build_lock", "_gram_spans", "_postings", "_signatures"):
            del state[rebuilt]
        return state

    def __setstate__(self, state: dict) -> None:
        state.setdefault("length_slack", 2)    # pickled before the two-pass search
        self.__dict__.update(state)
        self._init_runtime_state()

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: str) -> bool:
        return key in self._key_ids

    # -- lookups -------------------------------------------------------------------

    def exact(self, key: str) -> list:
        """Payloads whose alias key is exactly `key` (empty list if none)."""
        alias_id = self._key_ids.get(key)
        if alias_id is None:
            return []
        return self._payloads_of(alias_id)

    def fuzzy(self, key: str, limit: int = 5, cutoff: Optional[float] = None) -> list:
        """Closest indexed aliases to `key`, best first, as `Match`es scoring >= the cutoff.

        `cutoff` (0..1) defaults to `default_cutoff(key)`. Keys shorter than
        `min_fuzzy_length` return [] whatever the cutoff. One Match per
        (alias, payload); an exact key scores 1.0. Ties: shorter alias first.
        """
        if len(key) < self.min_fuzzy_length:
            return []
        if cutoff is None:
            cutoff = default_cutoff(key, self.min_fuzzy_length)
        first, end = self._length_window(len(key), cutoff)
        if end - first <= self.brute_force_limit:
            return self._rank(key, np.arange(first, end), limit, cutoff)
        # Pass 1: aliases within `length_slack` characters of the query's length.
        near_first, near_end = self._window_of_lengths(len(key) - self.length_slack,
                                                       len(key) + self.length_slack)
        near_first, near_end = max(first, near_first), min(end, near_end)
        candidates = self._candidates_between(key, near_first, near_end)
        matches = self._rank(key, candidates, limit, cutoff) if len(candidates) else []
        if matches or (near_first, near_end) == (first, end):
            return matches
        # Pass 2, only when nothing there reached the cutoff: every length that can. The first
        # pass's candidates all scored below the cutoff, so only the others are scored (ascending,
        # as they would stand in the union: ties rank the same).
        more = self._candidates_between(key, first, end)
        if len(candidates):
            more = more[(more < near_first) | (more >= near_end)] if _is_run(candidates, near_first, near_end) \
                else np.setdiff1d(more, candidates, assume_unique=True)
        if len(more) == 0:
            return matches
        return self._rank(key, more, limit, cutoff)

    def fuzzy_many(self, keys: Iterable[str], limit: int = 5,
                   cutoff: Optional[float] = None) -> list:
        """`fuzzy()` for a batch: one result list per key, in order.

        News mentions repeat a lot, so each distinct key is looked up once.
        """
        keys = list(keys)
        results = {key: self.fuzzy(key, limit, cutoff) for key in dict.fromkeys(keys)}
        return [list(results[key]) for key in keys]

    # -- internals -----------------------------------------------------------------

    def _payloads_of(self, alias_id: int) -> list:
        start, end = self._payload_offsets[alias_id], self._payload_offsets[alias_id + 1]
        return self._payloads[start:end].tolist()

    def _probe_spans(self, key: str) -> list:
        """Posting spans of the query's known grams to read, rarest first, within budget."""
        gram_spans = self.prepare_fuzzy()._gram_spans
        spans = sorted((span for span in map(gram_spans.get, char_grams(key, self.gram_size)) if span),
                       key=lambda span: span[1] - span[0])
        chosen, read = [], 0
        for start, end in spans:
            if len(chosen) >= self.min_probe_grams and read + (end - start) > self.posting_budget:
                break
            chosen.append((start, end))
            read += end - start
        return chosen

    def _window_of_lengths(self, shortest: int, longest: int) -> tuple:
        """Id range [first, end) of the aliases from `shortest` to `longest` characters long."""
        starts = self._first_id_of_length
        return (starts[min(max(shortest, 0), len(starts) - 1)],
                starts[min(max(longest + 1, 0), len(starts) - 1)])

    def _candidates_between(self, key: str, first: int, end: int) -> np.ndarray:
        """Alias ids in [first, end) worth scoring against `key`, ascending: all of them if
        there are at most `brute_force_limit`, else the gram-blocked candidates."""
        if end - first <= self.brute_force_limit:
            return np.arange(first, end)
        return self._blocked_alias_ids(key, first, end)

    def _length_window(self, length: int, cutoff: float) -> tuple:
        """Id range [first, end) of the aliases whose length allows a score >= cutoff."""
        cutoff = min(max(cutoff, 1e-3), 1.0)
        shortest = math.ceil(length * cutoff / (2.0 - cutoff) - 1e-9)
        longest = math.floor(length * (2.0 - cutoff) / cutoff + 1e-9)
        return self._window_of_lengths(shortest, longest)

    def _blocked_alias_ids(self, key: str, first: int, end: int) -> np.ndarray:
        """Ids in [first, end) sharing the most probed grams with `key` (at most
        max_candidates), ascending; of the ids tied at the last count taken, those whose letters
        differ least from the query's (`index_arrays.letter_distance`: a lower bound on the characters
        the two differ by). Postings are ascending ids, so each probed gram's share of the id range
        is one slice."""
        spans = self._probe_spans(key)      # builds the postings on first use
        postings = self._postings
        pieces = []
        for start, stop in spans:
            posting = postings[start:stop]
            low, high = posting.searchsorted((first, end)).tolist()
            if high > low:
                pieces.append(posting[low:high])
        if not pieces:
            return np.empty(0, dtype=np.int32)
        touched = np.concatenate(pieces)
        touched.sort()
        first_of_run = _first_of_runs(touched)
        if len(first_of_run) <= self.max_candidates:
            return touched[first_of_run]
        hits = np.diff(first_of_run, append=len(touched))
        signature = letter_signature(key)
        return _most_hit(touched[first_of_run], hits, self.max_candidates,
                         tie_order=lambda tied: letter_distance(signature, self._signatures[tied]))

    def _rank(self, key: str, alias_ids: np.ndarray, limit: int, cutoff: float) -> list:
        """Score the candidate aliases and return the best `limit` Matches above `cutoff`."""
        if len(alias_ids) > 1 and alias_ids[-1] - alias_ids[0] + 1 == len(alias_ids) \
                and bool((np.diff(alias_ids) == 1).all()):
            first, end = int(alias_ids[0]), int(alias_ids[-1]) + 1   # a run of ids (a whole length window)
            choices, sorted_choices = self._keys[first:end], self._sorted_keys[first:end]
        else:
            positions = alias_ids.tolist()
            choices = [self._keys[i] for i in positions]
            sorted_choices = [self._sorted_keys[i] for i in positions]
        scores = similarity_scores(key, choices, sorted_choices)
        passing = np.flatnonzero(scores >= cutoff * 100.0 - 1e-4)
        order = passing[np.argsort(-scores[passing], kind="stable")]
        matches = []
        for position in order.tolist():
            alias_id = int(alias_ids[position])
            for payload in self._payloads_of(alias_id):
                matches.append(Match(payload, self._keys[alias_id], float(scores[position]) / 100.0))
            if len(matches) >= limit:
                break
        return matches[:limit]


def _first_id_of_each_length(keys_by_length: list) -> list:
    """starts[n]: the id of the first key at least n characters long (len(keys) if none)."""
    longest = len(keys_by_length[-1]) if keys_by_length else 0
    lengths = np.fromiter(map(len, keys_by_length), dtype=np.int64, count=len(keys_by_length))
    return np.searchsorted(lengths, np.arange(longest + 2), side="left").tolist()


def _most_hit(ids: np.ndarray, hits: np.ndarray, limit: int, tie_order=None) -> np.ndarray:
    """The `limit` ids with the most hits, ascending. Of the ids tied at the last count taken,
    those with the smallest `tie_order(tied ids)` are taken, then the lowest ids; without
    `tie_order`, the lowest ids.

    Hit counts are small integers with huge ties, where np.argpartition is slow,
    so this finds the count threshold from a histogram instead.
    """
    at_least = np.cumsum(np.bincount(hits)[::-1])[::-1]     # at_least[h]: ids with >= h hits
    threshold = int(np.flatnonzero(at_least >= limit)[-1])
    above = ids[hits > threshold]
    tied, wanted = ids[hits == threshold], limit - len(above)
    if len(tied) > wanted:
        tied = tied[np.argsort(tie_order(tied), kind="stable")[:wanted]] if tie_order else tied[:wanted]
    return np.sort(np.concatenate([above, tied]))


def _is_run(ids: np.ndarray, first: int, end: int) -> bool:
    """Are `ids` (distinct, ascending, within [first, end)) every id of [first, end)?"""
    return len(ids) == end - first


def _first_of_runs(sorted_values: np.ndarray) -> np.ndarray:
    """Positions where a new value starts in a sorted, non-empty array."""
    is_first = np.empty(len(sorted_values), dtype=bool)
    is_first[0] = True
    np.not_equal(sorted_values[1:], sorted_values[:-1], out=is_first[1:])
    return np.flatnonzero(is_first)


def _group_payloads_by_key(pairs: Iterable[tuple]):
    """Distinct keys ordered by length (then first seen), and their payloads as CSR offsets + values."""
    payloads_by_key: dict = {}
    for key, payload in pairs:
        found = payloads_by_key.get(key)
        if found is None:
            payloads_by_key[key] = payload
        elif isinstance(found, list):
            if payload not in found:
                found.append(payload)
        elif found != payload:
            payloads_by_key[key] = [found, payload]
    keys = sorted(payloads_by_key, key=len)
    grouped = [payloads_by_key[key] for key in keys]
    del payloads_by_key
    sizes = np.fromiter((len(v) if isinstance(v, list) else 1 for v in grouped),
                        dtype=np.int64, count=len(keys))
    offsets = np.zeros(len(keys) + 1, dtype=np.int64)
    np.cumsum(sizes, out=offsets[1:])
    values = np.fromiter(_flatten(grouped), dtype=np.int64, count=int(offsets[-1]))
    return keys, offsets, values


def _flatten(values):
    for value in values:
        if isinstance(value, list):
            yield from value
        else:
            yield value
