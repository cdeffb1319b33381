"""Batches of documents for `nlp.pipe`, made in a way every runner executes correctly.

`beam.BatchElements` keeps a partial batch in its DoFn and emits it from
`finish_bundle`. Beam's DaskRunner drops whatever `finish_bundle` emits, so
with BatchElements the last batch of every Dask partition is silently lost.
`BatchByKey` instead spreads elements over a fixed number of keys (a stable
hash), groups them, and cuts each group into batches inside `process`: no
state survives between elements, nothing is emitted in `finish_bundle`, and on
every runner each element lands in exactly one batch. The price is one
shuffle; the groups are iterated lazily, so a group is never copied whole.

Streaming jobs keep `BatchElements` (their runners honour `finish_bundle`, and
a GroupByKey in the global window of an unbounded input would never fire).
"""
from __future__ import annotations

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


class BatchByKey(beam.PTransform):
    """Elements -> lists of at most `max_batch_size` elements (correct on every runner)."""

    def __init__(self, max_batch_size: int, key_of: Optional[Callable[[object], str]] = None,
                 num_keys: int = DEFAULT_NUM_KEYS):
        super().__init__()
        if max_batch_size < 1 or num_keys < 1:
            raise ValueError("max_batch_size and num_keys must be at least 1")
        self.max_batch_size = max_batch_size
        self.key_of = key_of or str
        self.num_keys = num_keys

    def expand(self, pcoll):
        key_of, n, size = self.key_of, self.num_keys, self.max_batch_size
        return (
            pcoll
            | "KeyForBatching" >> beam.Map(lambda x: (stable_key(key_of(x), n), x))
            | "GroupForBatching" >> beam.GroupByKey()
            | "CutBatches" >> beam.FlatMapTuple(lambda _key, xs: chunks(xs, size))
        )
