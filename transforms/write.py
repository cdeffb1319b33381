"""Write Parquet tables in a way that is correct on every runner.

Beam's file sinks emit their results in `finish_bundle`, which DaskRunner drops
(files with 0 rows, job DONE). This sink instead keys rows by shard, groups
them, and writes each shard with `pyarrow.parquet.write_table` inside `process`.
Every table writes into a staging folder; `publish()` (called by the driver
after the job succeeded) moves the finished tables into place, so an
interrupted run never leaves a half-written table visible.

`write_shard()` and `publish()` are plain functions, tested without Beam.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import uuid
import zlib
from typing import Iterable, Optional

import apache_beam as beam
import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.io.filesystems import FileSystems

from pipeline.schemas import SCHEMA_VERSION, TABLES

LOG = logging.getLogger(__name__)
COMPRESSION = "zstd"
MAX_ROWS_PER_FILE = 1_000_000


def shard_of(key: str, num_shards: int) -> int:
    """A stable shard number for a row key (the same on every worker and run)."""
    return zlib.crc32(key.encode("utf-8")) % num_shards if num_shards > 1 else 0


def to_table(rows: list, schema: pa.Schema) -> pa.Table:
    table = pa.Table.from_pylist(rows, schema=schema)
    meta = dict(schema.metadata or {})
    meta[b"newsnorm.schema_version"] = SCHEMA_VERSION.encode()
    return table.replace_schema_metadata(meta)


def write_shard(table_name: str, shard: int, rows: Iterable[dict], staging_dir: str,
                sort_keys: tuple) -> list[str]:
    """Sort one shard's rows deterministically and write them as Parquet file(s)."""
    schema = TABLES[table_name]
    rows = sorted(rows, key=lambda r: tuple((r.get(k) is not None, r.get(k) if r.get(k) is not None else 0)
                                            for k in sort_keys))
    paths = []
    for part, start in enumerate(range(0, max(len(rows), 1), MAX_ROWS_PER_FILE)):
        chunk = rows[start:start + MAX_ROWS_PER_FILE]
        path = FileSystems.join(staging_dir, table_name, f"part-{shard:05d}-{part:03d}.parquet")
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


def staging_dir_for(output: str) -> str:
    """A fresh sibling folder of the output folder for this run's files."""
    output = output.rstrip("/")
    return f"{output}.staging-{uuid.uuid4().hex[:12]}"


def publish(staging_dir: str, output: str, summary: Optional[dict] = None) -> None:
    """Make the staged tables the output folder's content, replacing what was there.

    Local folders are swapped by rename, so readers see either the old complete
    output or the new complete output. Missing tables are written empty.
    """
    for name in TABLES:
        if not FileSystems.exists(FileSystems.join(staging_dir, name)):
            write_empty(name, staging_dir)
    if summary is not None:
        with FileSystems.create(FileSystems.join(staging_dir, "_manifest.json")) as f:
            f.write(json.dumps(summary, indent=2, sort_keys=True, default=str).encode())
    output = output.rstrip("/")
    if "://" in output:
        _publish_remote(staging_dir, output)
        return
    old = None
    if os.path.exists(output):
        old = f"{output}.old-{uuid.uuid4().hex[:8]}"
        os.replace(output, old)
    os.replace(staging_dir, output)
    if old:
        shutil.rmtree(old, ignore_errors=True)


def _publish_remote(staging_dir: str, output: str) -> None:
    """Object stores have no folder rename: replace table by table."""
    for name in TABLES:
        target = FileSystems.join(output, name)
        if FileSystems.exists(target):
            FileSystems.delete([target])
        FileSystems.rename([FileSystems.join(staging_dir, name)], [target])
    FileSystems.delete([staging_dir])


class WriteTable(beam.PTransform):
    """Rows (dicts) -> Parquet files of one table in the staging folder; outputs the paths."""

    def __init__(self, table_name: str, staging_dir: str, key_field: str, sort_keys: tuple, num_shards: int = 1):
        super().__init__()
        self.table_name = table_name
        self.staging_dir = staging_dir
        self.key_field = key_field
        self.sort_keys = sort_keys
        self.num_shards = max(1, num_shards)

    def expand(self, rows):
        name, staging, key_field, n, sort_keys = (self.table_name, self.staging_dir, self.key_field,
                                                  self.num_shards, self.sort_keys)
        return (
            rows
            | "KeyByShard" >> beam.Map(lambda r: (shard_of(str(r.get(key_field)), n), r))
            | "GroupShards" >> beam.GroupByKey()
            | "WriteShards" >> beam.FlatMapTuple(lambda shard, rs: write_shard(name, shard, rs, staging, sort_keys))
        )
