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
    table = pa.Table.from_pylist(rows, schema=schema)
    meta = dict(schema.metadata or {})
    meta[b"newsnorm.schema_version"] = SCHEMA_VERSION.encode()
    return table.replace_schema_metadata(meta)


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


def staging_dir_for(output: str) -> str:
    """A fresh sibling folder of the output folder for this run's files."""
    output = output.rstrip("/")
    return f"{output}.staging-{os.getpid()}-{uuid.uuid4().hex[:12]}"


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


EXTRAS = ("summary.json", "report")   # written beside the tables by the driver, published with them


def _publish_remote(staging_dir: str, output: str) -> None:
    """Object stores have no folder rename: replace table by table."""
    for name in list(TABLES) + [e for e in EXTRAS if FileSystems.exists(FileSystems.join(staging_dir, e))]:
        target = FileSystems.join(output, name)
        if FileSystems.exists(target):
            FileSystems.delete([target])
        FileSystems.rename([FileSystems.join(staging_dir, name)], [target])
    FileSystems.delete([staging_dir])


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


# ---------------------------------------------------------------------------
# Re-runs over an existing output, and what an interrupted run left behind
# ---------------------------------------------------------------------------

class OutputInUse(ValueError):
    """--output names something that is not a newsnorm output; the message is one line."""


def _is_newsnorm_output(folder: str) -> bool:
    known = set(TABLES) | {"_manifest.json", "summary.json", "report"}
    return all(name in known or name.startswith(("_", ".")) for name in os.listdir(folder))


def check_output(output: str, overwrite: bool = False) -> None:
    """Refuse to replace a local --output that is a file, or a folder holding anything but a
    previous newsnorm output's tables, unless `overwrite`. A newsnorm output is replaced."""
    output = output.rstrip("/")
    if "://" in output or overwrite or not os.path.exists(output):
        return
    if not os.path.isdir(output):
        raise OutputInUse(f"--output {output} is a file; pass --overwrite to replace it")
    if not _is_newsnorm_output(output):
        raise OutputInUse(f"--output {output} holds files that are not a newsnorm output; "
                          "pass --overwrite to replace the folder, or choose another")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale(output: str) -> list[str]:
    """Tidy what killed runs left beside a local output folder; returns what was done.

    * `<output>.staging-<pid>-<id>` of a process that no longer runs: removed (a live
      run's staging folder is left alone);
    * `<output>.old-<id>`: a run killed between the two renames of `publish()` left the
      previous output here; it is moved back when `<output>` is missing, else removed.
    """
    output = output.rstrip("/")
    if "://" in output:
        return []
    parent, base = os.path.split(os.path.abspath(output))
    if not os.path.isdir(parent):
        return []
    done = []
    olds = sorted(n for n in os.listdir(parent) if n.startswith(base + ".old-"))
    if olds and not os.path.exists(output):
        os.replace(os.path.join(parent, olds[-1]), output)
        done.append(f"restored {olds.pop()}")
    for name in olds:
        shutil.rmtree(os.path.join(parent, name), ignore_errors=True)
        done.append(f"removed {name}")
    for name in sorted(os.listdir(parent)):
        if not name.startswith(base + ".staging-"):
            continue
        pid = name[len(base) + len(".staging-"):].split("-")[0]
        if pid.isdigit() and _pid_alive(int(pid)):
            continue
        shutil.rmtree(os.path.join(parent, name), ignore_errors=True)
        done.append(f"removed {name}")
    return done
