"""Per-record tables streamed to Parquet: memory bounded by a row buffer, not by the table.

`WriteTable` (transforms/write.py) groups every row of a table by shard before
writing, so a local run holds the whole table (every mention of the dump) in
memory. `StreamTable` instead writes rows as they come, on runners that honour
`finish_bundle` (the local FnApiRunner, Dataflow, portable runners; not Dask,
see pipeline/dask_runner.py), the way Beam's own file sinks do:

1. `_WriteTempFn`, fused with the step that makes the rows, keeps one open
   `pyarrow.parquet.ParquetWriter` per (partition, shard) in a temporary folder
   (`<staging>/_temp-<table>/<uuid>.parquet`), appends a row group every
   `buffer_rows` rows, starts a new file at `rows_per_file` rows, closes its
   files in `finish_bundle` and emits one `TempFile` record per file.
2. Only those small records are grouped (one key per table); `finalise()` then
   gives the temp files their final names `part-SSSSS-PPP.parquet` (Hive
   partition folders as `WriteTable` makes them): a file is renamed; several
   small files of one (partition, shard) that fit in `rows_per_file` together are
   merged row group by row group (never a whole file in memory), so a small run
   still gives one file per partition. Names follow from the files' contents,
   not from which worker wrote them, and a finalisation that is run again after
   a retry skips what is already in place.

Files written by a bundle that failed are never named in a `TempFile` record
that reaches `finalise()`; they stay in the temp folder, which `finalise()`
removes when the table is done.
"""
from __future__ import annotations

import os
import shutil
import uuid
from typing import Iterable, NamedTuple, Optional, Sequence

import apache_beam as beam
import pyarrow.parquet as pq
from apache_beam.io.filesystems import FileSystems
from apache_beam.transforms.window import GlobalWindows

from transforms.schemas import TABLES
from transforms.write import (COMPRESSION, DEFAULT_ROWS_PER_FILE, _ensure_dir, partition_dir, shard_of,
                              to_table)

DEFAULT_BUFFER_ROWS = 10_000


class TempFile(NamedTuple):
    """One temp file a bundle wrote: where, for which partition and shard, how many rows."""
    path: str
    partition: object        # the partition column's value (None: unpartitioned or null)
    shard: int
    rows: int
    first_key: str           # the first row's sort key: orders the files without reading them


def temp_dir(staging_dir: str, table_name: str) -> str:
    return FileSystems.join(staging_dir, f"_temp-{table_name}")


def _sort_key(row: dict, sort_keys: Sequence[str]) -> str:
    return "\x1f".join("" if row.get(k) is None else str(row.get(k)) for k in sort_keys)


class TempWriter:
    """Rows -> temp Parquet files of one (partition, shard); at most `buffer_rows` rows held."""

    def __init__(self, table_name: str, folder: str, partition, shard: int, sort_keys: Sequence[str],
                 rows_per_file: int = DEFAULT_ROWS_PER_FILE, buffer_rows: int = DEFAULT_BUFFER_ROWS):
        self.schema = to_table([], TABLES[table_name]).schema
        self.folder, self.partition, self.shard, self.sort_keys = folder, partition, shard, tuple(sort_keys)
        self.rows_per_file = max(1, rows_per_file)
        self.buffer_rows = max(1, min(buffer_rows, self.rows_per_file))
        self._buffer: list = []
        self._file = self._writer = None
        self._path, self._rows, self._first = None, 0, ""

    def add(self, row: dict) -> Optional[TempFile]:
        """Buffer one row; returns the TempFile this row completed (rows_per_file reached), if any."""
        if self._writer is None:
            self._path = FileSystems.join(self.folder, f"{uuid.uuid4().hex}.parquet")
            _ensure_dir(self._path)
            self._file = FileSystems.create(self._path)
            self._writer = pq.ParquetWriter(self._file, self.schema, compression=COMPRESSION)
            self._first = _sort_key(row, self.sort_keys)
        self._buffer.append(row)
        self._rows += 1
        if len(self._buffer) >= self.buffer_rows:
            self._flush()
        if self._rows >= self.rows_per_file:
            return self.close()
        return None

    def _flush(self) -> None:
        if self._buffer:
            self._writer.write_table(to_table(self._buffer, self.schema))
            self._buffer = []

    def close(self) -> Optional[TempFile]:
        """Write what is buffered and close the current file; its TempFile (None if none is open)."""
        if self._writer is None:
            return None
        self._flush()
        self._writer.close()
        self._file.close()
        done = TempFile(self._path, self.partition, self.shard, self._rows, self._first)
        self._file = self._writer = None
        self._path, self._rows, self._first = None, 0, ""
        return done


class _WriteTempFn(beam.DoFn):
    """Rows -> TempFile records; files are closed when full and at the end of each bundle."""

    def __init__(self, table_name: str, staging_dir: str, key_field: str, sort_keys: Sequence[str],
                 num_shards: int, partition_by: Optional[str], rows_per_file: int, buffer_rows: int):
        self.table_name, self.staging_dir, self.key_field = table_name, staging_dir, key_field
        self.sort_keys, self.num_shards, self.partition_by = tuple(sort_keys), num_shards, partition_by
        self.rows_per_file, self.buffer_rows = rows_per_file, buffer_rows

    def start_bundle(self):
        self._writers: dict = {}

    def process(self, row):
        value = row.get(self.partition_by) if self.partition_by else None
        shard = shard_of(str(row.get(self.key_field)), self.num_shards)
        writer = self._writers.get((value, shard))
        if writer is None:
            writer = self._writers[(value, shard)] = TempWriter(
                self.table_name, temp_dir(self.staging_dir, self.table_name), value, shard, self.sort_keys,
                self.rows_per_file, self.buffer_rows)
        done = writer.add(row)
        if done is not None:
            yield done

    def finish_bundle(self):
        writers, self._writers = self._writers, {}
        for writer in writers.values():
            done = writer.close()
            if done is not None:
                yield GlobalWindows.windowed_value(done)


def plan(files: Iterable[TempFile], rows_per_file: int) -> list[tuple[int, int, list[TempFile]]]:
    """(shard, part, temp files) of every final file of one partition, deterministically.

    Files are ordered by their first row's key (then size and path); consecutive
    files of a shard are packed while their rows fit in `rows_per_file`.
    """
    by_shard: dict = {}
    for f in files:
        by_shard.setdefault(f.shard, []).append(f)
    out = []
    for shard in sorted(by_shard):
        part, pack, rows = 0, [], 0
        for f in sorted(by_shard[shard], key=lambda f: (f.first_key, f.rows, f.path)):
            if pack and rows + f.rows > rows_per_file:
                out.append((shard, part, pack))
                part, pack, rows = part + 1, [], 0
            pack.append(f)
            rows += f.rows
        if pack:
            out.append((shard, part, pack))
    return out


def _merge(sources: list[str], target: str) -> None:
    """Concatenate Parquet files of one schema into `target`, one row group at a time."""
    tmp = f"{target}.inprogress"
    _ensure_dir(tmp)
    writer = None
    with FileSystems.create(tmp) as out:
        for src in sources:
            with FileSystems.open(src) as f:
                pf = pq.ParquetFile(f)
                if writer is None:
                    writer = pq.ParquetWriter(out, pf.schema_arrow, compression=COMPRESSION)
                for i in range(pf.num_row_groups):
                    writer.write_table(pf.read_row_group(i))
        writer.close()
    FileSystems.rename([tmp], [target])


def finalise(table_name: str, files: Iterable[TempFile], staging_dir: str, partition_by: Optional[str],
             rows_per_file: int = DEFAULT_ROWS_PER_FILE) -> list[str]:
    """Give one table's temp files their final names (renamed, or small ones merged); the final paths.

    Idempotent: a final file that exists while its temp files are gone was done by an
    earlier attempt and is kept.
    """
    files = list(files)
    table_dir = FileSystems.join(staging_dir, table_name)
    partitioned = partition_by is not None and any(f.partition is not None for f in files)
    by_partition: dict = {}
    for f in files:
        by_partition.setdefault(f.partition if partitioned else None, []).append(f)
    paths = []
    for value in sorted(by_partition, key=lambda v: (v is None, str(v))):
        folder = FileSystems.join(table_dir, partition_dir(partition_by, value)) if partitioned else table_dir
        for shard, part, pack in plan(by_partition[value], rows_per_file):
            target = FileSystems.join(folder, f"part-{shard:05d}-{part:03d}.parquet")
            sources = [f.path for f in pack]
            present = [s for s in sources if FileSystems.exists(s)]
            if not present and FileSystems.exists(target):
                paths.append(target)          # done by an earlier attempt
                continue
            _ensure_dir(target)
            if len(sources) == 1:
                FileSystems.rename(sources, [target])
            else:
                _merge(sources, target)
                FileSystems.delete(sources)
            paths.append(target)
    _remove_dir(temp_dir(staging_dir, table_name))
    return paths


def _remove_dir(folder: str) -> None:
    if "://" in folder:
        if FileSystems.exists(folder):
            FileSystems.delete([folder])
    else:
        shutil.rmtree(folder, ignore_errors=True)


class StreamTable(beam.PTransform):
    """Rows (dicts), from one PCollection or several -> one table's Parquet files; outputs the paths.

    Arguments as `WriteTable`'s. Several inputs (e.g. rows made in different
    stages) are written where they are made and finalised together, so no step
    ever holds the table's rows. Needs a runner that honours `finish_bundle`.
    """

    def __init__(self, table_name: str, staging_dir: str, key_field: str, sort_keys: tuple, num_shards: int = 1,
                 partition_by: Optional[str] = None, rows_per_file: int = DEFAULT_ROWS_PER_FILE,
                 buffer_rows: int = DEFAULT_BUFFER_ROWS):
        super().__init__()
        self.table_name, self.staging_dir, self.key_field, self.sort_keys = (table_name, staging_dir, key_field,
                                                                             tuple(sort_keys))
        self.num_shards = max(1, num_shards)
        self.partition_by = partition_by
        self.rows_per_file = max(1, rows_per_file or DEFAULT_ROWS_PER_FILE)
        self.buffer_rows = buffer_rows

    def expand(self, rows):
        inputs = list(rows) if isinstance(rows, (tuple, list)) else [rows]
        fn = _WriteTempFn(self.table_name, self.staging_dir, self.key_field, self.sort_keys, self.num_shards,
                          self.partition_by, self.rows_per_file, self.buffer_rows)
        temps = [pc | f"WriteTempFiles{i or ''}" >> beam.ParDo(fn) for i, pc in enumerate(inputs)]
        if len(temps) > 1:
            temps = [temps | "AllTempFiles" >> beam.Flatten()]
        name, staging, part, per_file = self.table_name, self.staging_dir, self.partition_by, self.rows_per_file
        return (
            temps[0]
            | "OneKey" >> beam.Map(lambda f: (name, f))
            | "GroupTempFiles" >> beam.GroupByKey()
            | "Finalise" >> beam.FlatMapTuple(lambda _, fs: finalise(name, fs, staging, part, per_file))
        )
