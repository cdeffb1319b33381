"""Write Parquet tables in a way that is correct on every runner.

Beam's file sinks emit their results in `finish_bundle`, which DaskRunner drops
(files with 0 rows, job DONE). This sink instead keys rows by (partition, shard),
groups them, and writes each shard with `pyarrow.parquet.write_table` inside
`process`.

File sizes: a side input counts each partition's rows, and a partition gets
ceil(rows / rows_per_file) shards (at least `num_shards`), so small outputs are
one file per partition and big ones are files of about `rows_per_file` rows
(a shard that still comes out larger is split, never exceeding it).

Partitioning (`partition_by`, e.g. events by `event_year`): Hive-style folders
`<column>=<value>/`, nulls in `<column>=__HIVE_DEFAULT_PARTITION__/` (what
pyarrow, DuckDB and Polars read back as null). The column is also kept inside
the files, so a reader that ignores the folder names still sees it with its
schema type. A table with no non-null partition value is written unpartitioned
(pyarrow cannot infer a type from null-only folder names).
Every table writes into a staging folder; `pipeline.output_folder.publish()`
(called by the driver after the job succeeded) moves the finished tables into
place, so an interrupted run never leaves a half-written table visible.

`write_shard()` is a plain function, tested without Beam.
"""
from __future__ import annotations

import logging
import os
import zlib
from typing import Iterable, Optional

import apache_beam as beam
import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.io.filesystems import FileSystems

from transforms.schemas import SCHEMA_VERSION, TABLES

LOG = logging.getLogger(__name__)
COMPRESSION = "zstd"
DEFAULT_ROWS_PER_FILE = 1_000_000
MAX_ROWS_PER_FILE = DEFAULT_ROWS_PER_FILE   # kept for callers of the old name
NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"


def shard_of(key: str, num_shards: int) -> int:
    """A stable shard number for a row key (the same on every worker and run)."""
    return zlib.crc32(key.encode("utf-8")) % num_shards if num_shards > 1 else 0


def shards_for(n_rows: int, rows_per_file: int, min_shards: int = 1) -> int:
    """How many shards a partition of n_rows gets: files of about rows_per_file rows."""
    return max(min_shards, -(-n_rows // max(1, rows_per_file)), 1)


def partition_dir(column: str, value) -> str:
    """The Hive-style folder of one partition value (`event_year=2018`)."""
    return f"{column}={NULL_PARTITION if value is None else value}"


def to_table(rows: list, schema: pa.Schema) -> pa.Table:
    try:
        table = pa.Table.from_pylist(rows, schema=schema)
    except (pa.ArrowInvalid, OverflowError):   # an integer too big for its column: never lose the table
        table = pa.Table.from_pylist(ints_in_range(rows, schema), schema=schema)
    meta = dict(schema.metadata or {})
    meta[b"newsnorm.schema_version"] = SCHEMA_VERSION.encode()
    return table.replace_schema_metadata(meta)


def ints_in_range(rows: list, schema: pa.Schema) -> list:
    """Rows whose integers fit their columns: a value out of its column's range becomes null
    (the largest value if the column cannot be null) and is logged. Counts are bounded where
    they are read (transforms/extract.py), so this is the last guard, not the rule."""
    limits = {f.name: (-(1 << (f.type.bit_width - 1)), (1 << (f.type.bit_width - 1)) - 1, f.nullable)
              for f in schema if pa.types.is_signed_integer(f.type)}
    fixed = []
    for row in rows:
        bad = {k: v for k, v in row.items() if k in limits and isinstance(v, int)
               and not limits[k][0] <= v <= limits[k][1]}
        if bad:
            LOG.warning("values out of their column's range written as null (clamped where the column cannot be null): %s",
                        {k: str(v)[:40] for k, v in bad.items()})
            row = {**row, **{k: None if limits[k][2] else max(limits[k][0], min(v, limits[k][1]))
                             for k, v in bad.items()}}
        fixed.append(row)
    return fixed


def write_shard(table_name: str, shard: int, rows: Iterable[dict], staging_dir: str,
                sort_keys: tuple, subdir: str = "", rows_per_file: int = DEFAULT_ROWS_PER_FILE) -> list[str]:
    """Sort one shard's rows deterministically and write them as Parquet file(s).

    `subdir` is the shard's partition folder ("" for an unpartitioned table).
    """
    schema = TABLES[table_name]
    rows = sorted(rows, key=lambda r: tuple((r.get(k) is not None, r.get(k) if r.get(k) is not None else 0)
                                            for k in sort_keys))
    rows_per_file = max(1, rows_per_file)
    folder = FileSystems.join(staging_dir, table_name, subdir) if subdir else FileSystems.join(staging_dir, table_name)
    paths = []
    for part, start in enumerate(range(0, max(len(rows), 1), rows_per_file)):
        chunk = rows[start:start + rows_per_file]
        path = FileSystems.join(folder, f"part-{shard:05d}-{part:03d}.parquet")
        _ensure_dir(path)
        with FileSystems.create(path) as f:
            pq.write_table(to_table(chunk, schema), f, compression=COMPRESSION)
        paths.append(path)
    return paths


def write_empty(table_name: str, staging_dir: str) -> str:
    """A table with no rows is still a table: one file with the schema."""
    path = FileSystems.join(staging_dir, table_name, "part-00000-000.parquet")
    _ensure_dir(path)
    with FileSystems.create(path) as f:
        pq.write_table(to_table([], TABLES[table_name]), f, compression=COMPRESSION)
    return path


def _ensure_dir(path: str) -> None:
    if "://" not in path:
        os.makedirs(os.path.dirname(path), exist_ok=True)


def shard_key(row: dict, key_field: str, partition_by: Optional[str], sizes: dict,
              rows_per_file: int, min_shards: int) -> tuple:
    """(partition folder, shard) of one row, given every partition's row count."""
    value = row.get(partition_by) if partition_by else None
    partitioned = partition_by is not None and any(v is not None for v in sizes)
    subdir = partition_dir(partition_by, value) if partitioned else ""
    n = shards_for(sizes.get(value, 0), rows_per_file, min_shards)
    return subdir, shard_of(str(row.get(key_field)), n)


class WriteTable(beam.PTransform):
    """Rows (dicts) -> Parquet files of one table in the staging folder; outputs the paths.

    `num_shards` is the least number of files per partition; more are made to
    keep files near `rows_per_file` rows. `partition_by` names a column to
    partition the table by, Hive-style.
    """

    def __init__(self, table_name: str, staging_dir: str, key_field: str, sort_keys: tuple, num_shards: int = 1,
                 partition_by: Optional[str] = None, rows_per_file: int = DEFAULT_ROWS_PER_FILE):
        super().__init__()
        self.table_name = table_name
        self.staging_dir = staging_dir
        self.key_field = key_field
        self.sort_keys = sort_keys
        self.num_shards = max(1, num_shards)
        self.partition_by = partition_by
        self.rows_per_file = max(1, rows_per_file or DEFAULT_ROWS_PER_FILE)

    def expand(self, rows):
        name, staging, key_field, n, sort_keys = (self.table_name, self.staging_dir, self.key_field,
                                                  self.num_shards, self.sort_keys)
        part, per_file = self.partition_by, self.rows_per_file
        sizes = (rows
                 | "PartitionOf" >> beam.Map(lambda r: (r.get(part) if part else None, 1))
                 | "CountRows" >> beam.CombinePerKey(sum))
        return (
            rows
            | "KeyByShard" >> beam.Map(lambda r, sz: (shard_key(r, key_field, part, sz, per_file, n), r),
                                       sz=beam.pvalue.AsDict(sizes))
            | "GroupShards" >> beam.GroupByKey()
            | "WriteShards" >> beam.FlatMapTuple(
                lambda key, rs: write_shard(name, key[1], rs, staging, sort_keys, subdir=key[0],
                                            rows_per_file=per_file))
        )
