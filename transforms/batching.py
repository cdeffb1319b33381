"""Batches of documents for `nlp.pipe`, made in a way every runner executes correctly.

`beam.BatchElements` keeps a partial batch in its DoFn and emits it from
`finish_bundle`. Beam's DaskRunner drops whatever `finish_bundle` emits, so
with BatchElements the last batch of every Dask partition is silently lost.
`BatchByKey` instead spreads elements over a fixed number of keys, groups them,
and cuts each group into batches inside `process`: nothing is emitted in
`finish_bundle`, and on every runner each element lands in exactly one batch.
The price is one shuffle; the groups are iterated lazily, so a group is never
copied whole.

The keys: by default a stable hash of each element's `key_of`. With `weight_of`
(an article's length), each element goes to the key with the least weight so far
(`KeysByWeight`), so the keys carry equal work. That matters on Beam's local
runner with several workers: it hands each worker every n-th key in the order the
keys first came (0, 1, 2, ... here), and a stage ends when its busiest worker does;
hashed keys split 1,000 articles' words 52/48 between two workers. Which elements
share a batch then depends on the order they arrive in, so a step batched this way
must give each element the same result whatever batch it is in (spaCy's `pipe`
does: the job's tables are the same with either kind of key).

Streaming jobs keep `BatchElements` (their runners honour `finish_bundle`, and
a GroupByKey in the global window of an unbounded input would never fire).
"""
from __future__ import annotations

import heapq
import zlib
from typing import Callable, Iterable, Iterator, Optional

import apache_beam as beam

DEFAULT_NUM_KEYS = 32


def stable_key(value: str, num_keys: int) -> int:
    """The same key for the same value on every worker and run (unlike hash())."""
    return zlib.crc32(value.encode("utf-8")) % num_keys


def chunks(items: Iterable, size: int) -> Iterator[list]:
    """Consecutive lists of at most `size` items; the last may be shorter; never empty."""
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def text_length(article) -> int:
    """An article's weight for `BatchByKey`: its text's length (the analysis's work grows with it)."""
    return len(article.text)


class KeysByWeight:
    """Keys 0..num_keys-1 for a stream of weights: each to the key with the least weight so far (ties: the
    lowest key), so the keys' totals stay within one element's weight of each other and the keys first come
    in the order 0, 1, 2, ... The same weights in the same order get the same keys."""

    def __init__(self, num_keys: int):
        self._heap = [(0, key) for key in range(num_keys)]   # (weight so far, key): already a heap

    def key_for(self, weight: int) -> int:
        total, key = self._heap[0]
        heapq.heapreplace(self._heap, (total + max(weight, 1), key))
        return key


class _KeyByWeightFn(beam.DoFn):
    """(key, element) with the key from `KeysByWeight`, started afresh in every bundle. Nothing is kept for
    `finish_bundle`: a runner that never calls `start_bundle` only carries the totals on."""

    def __init__(self, weight_of: Callable[[object], int], num_keys: int):
        self._weight_of = weight_of
        self._num_keys = num_keys
        self._keys = None

    def start_bundle(self):
        self._keys = KeysByWeight(self._num_keys)

    def process(self, element):
        if self._keys is None:
            self._keys = KeysByWeight(self._num_keys)
        yield self._keys.key_for(self._weight_of(element)), element


class BatchByKey(beam.PTransform):
    """Elements -> lists of at most `max_batch_size` elements (correct on every runner).

    Keyed by a stable hash of `key_of(element)`, or with `weight_of` by weight (see the module's docstring)."""

    def __init__(self, max_batch_size: int, key_of: Optional[Callable[[object], str]] = None,
                 num_keys: int = DEFAULT_NUM_KEYS, weight_of: Optional[Callable[[object], int]] = None):
        super().__init__()
        if max_batch_size < 1 or num_keys < 1:
            raise ValueError("max_batch_size and num_keys must be at least 1")
        self.max_batch_size = max_batch_size
        self.key_of = key_of or str
        self.num_keys = num_keys
        self.weight_of = weight_of

    def expand(self, pcoll):
        key_of, n, size = self.key_of, self.num_keys, self.max_batch_size
        keyed = (beam.ParDo(_KeyByWeightFn(self.weight_of, n)) if self.weight_of is not None
                 else beam.Map(lambda x: (stable_key(key_of(x), n), x)))
        return (
            pcoll
            | "KeyForBatching" >> keyed
            | "GroupForBatching" >> beam.GroupByKey()
            | "CutBatches" >> beam.FlatMapTuple(lambda _key, xs: chunks(xs, size))
        )
