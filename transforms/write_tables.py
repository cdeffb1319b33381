"""Every table of a run finished through ONE grouping: the fewest steps after the analysis.

Beam's local runner runs each grouping (and each Flatten of PCollections made in different steps) as a
step of its own, one after another, each a round trip to every worker. Writing each table on its own
(`StreamTable`, `WriteTable`: a grouping per table, and for a small table a row count as a side input,
rows keyed by shard, a grouping by shard) cost 19 such steps after the analysis for 7 tables; here the
tables share two (the union of every table's items, and its grouping by table):

1. `TableParts` (one per table, labelled `WriteArticles`, `WriteEntities`, ...) turns a table's input into
   `(table name, item)` pairs where the rows are made: for a per-record table (articles, mentions, events,
   dead letters) the items are the `TempFile` records of the rows streamed to temporary Parquet files
   (transforms/stream_write.py, fused with the step that makes the rows: memory bounded by a row buffer);
   for a small aggregate (entities, country counts, event clusters) they are its rows.
2. `WriteTables` groups every table's items by table name (a tagged union) and, per table, either gives
   the temp files their final names (`stream_write.finalise`) or writes the rows (`write_rows`: the same
   shards, partitions, sort and files as `WriteTable`), logs how many files each table got, and outputs
   the paths written.

Needs a runner that honours `finish_bundle` (the temp files), as `StreamTable` does; Dask keeps one
`WriteTable` per table (pipeline/run.py). `write_rows()` is a plain function, tested without Beam.
"""
from __future__ import annotations

import logging
from collections import Counter
from typing import Iterable, NamedTuple, Optional

import apache_beam as beam

from transforms.stream_write import DEFAULT_BUFFER_ROWS, _WriteTempFn, finalise
from transforms.write import DEFAULT_ROWS_PER_FILE, shard_key, write_shard

LOG = logging.getLogger(__name__)


class TableSpec(NamedTuple):
    """How one table is written: `WriteTable`'s and `StreamTable`'s arguments; `streamed` for a per-record table."""
    name: str
    key_field: str
    sort_keys: tuple
    num_shards: int = 1
    partition_by: Optional[str] = None
    rows_per_file: int = DEFAULT_ROWS_PER_FILE
    streamed: bool = False


def write_rows(spec: TableSpec, rows: Iterable[dict], staging_dir: str) -> list[str]:
    """One small table's rows, all of them -> its Parquet files (the paths): what `WriteTable` writes, with
    the partitions' row counts taken here instead of from a side input."""
    rows = list(rows)
    part, per_file = spec.partition_by, max(1, spec.rows_per_file or DEFAULT_ROWS_PER_FILE)
    sizes = Counter(r.get(part) if part else None for r in rows)
    shards: dict = {}
    for r in rows:
        shards.setdefault(shard_key(r, spec.key_field, part, sizes, per_file, max(1, spec.num_shards)), []).append(r)
    paths = []
    for subdir, shard in sorted(shards):
        paths += write_shard(spec.name, shard, shards[(subdir, shard)], staging_dir, spec.sort_keys, subdir=subdir,
                             rows_per_file=per_file)
    return paths


def write_table_items(spec: TableSpec, items: Iterable, staging_dir: str) -> list[str]:
    """One table's grouped items (temp files of a per-record table, or a small table's rows) -> final paths."""
    if spec.streamed:
        paths = finalise(spec.name, items, staging_dir, spec.partition_by, max(1, spec.rows_per_file))
    else:
        paths = write_rows(spec, items, staging_dir)
    LOG.info("wrote %d Parquet files of %s", len(paths), spec.name)
    return paths


class TableParts(beam.PTransform):
    """Rows of one table, from one PCollection or several -> `(table name, item)` pairs for `WriteTables`."""

    def __init__(self, spec: TableSpec, staging_dir: str, buffer_rows: int = DEFAULT_BUFFER_ROWS):
        super().__init__()
        self.spec, self.staging_dir, self.buffer_rows = spec, staging_dir, buffer_rows

    def expand(self, rows):
        inputs = list(rows) if isinstance(rows, (tuple, list)) else [rows]
        spec, name = self.spec, self.spec.name
        if spec.streamed:
            fn = _WriteTempFn(name, self.staging_dir, spec.key_field, spec.sort_keys, max(1, spec.num_shards),
                              spec.partition_by, max(1, spec.rows_per_file), self.buffer_rows)
            inputs = [pc | f"WriteTempFiles{i or ''}" >> beam.ParDo(fn) for i, pc in enumerate(inputs)]
        return tuple(pc | f"Tag{i or ''}" >> beam.Map(lambda item: (name, item)) for i, pc in enumerate(inputs))


class WriteTables(beam.PTransform):
    """Every table's `(table name, item)` pairs (several PCollections) -> the final paths of every table's files."""

    def __init__(self, specs: Iterable[TableSpec], staging_dir: str):
        super().__init__()
        self.specs = {s.name: s for s in specs}
        self.staging_dir = staging_dir

    def expand(self, parts):
        specs, staging = self.specs, self.staging_dir
        return (tuple(parts)
                | "AllTables" >> beam.Flatten()
                | "GroupByTable" >> beam.GroupByKey()
                | "WriteEachTable" >> beam.FlatMapTuple(lambda name, items: write_table_items(specs[name], items,
                                                                                              staging)))
