"""Read a written output's tables back: one reader for the summary, the report and the reconciliation.

`read_table(output_dir, name)` reads every Parquet file under the table's folder
(partitioned or not, local or on any Beam filesystem) into one Arrow table; an
empty table with the table's schema when it has no files. `count_rows()` counts
a table's rows from the files' footers, reading no data.
"""
from __future__ import annotations

import os
from typing import Optional, Sequence

import pyarrow as pa
import pyarrow.parquet as pq

from transforms.schemas import TABLES


def parquet_files(folder: str) -> list[str]:
    """Every Parquet file under `folder` (one partition level deep on a remote filesystem), sorted."""
    if "://" in folder:
        from apache_beam.io.filesystems import FileSystems
        found = FileSystems.match([f"{folder}/*.parquet", f"{folder}/*/*.parquet"])
        return sorted(m.path for r in found for m in r.metadata_list)
    files = []
    for root, dirs, names in os.walk(folder):
        dirs.sort()
        files += [os.path.join(root, n) for n in sorted(names) if n.endswith(".parquet")]
    return files


def _table_files(output_dir: str, name: str) -> list[str]:
    return parquet_files(os.path.join(output_dir, name) if "://" not in output_dir
                         else f"{output_dir.rstrip('/')}/{name}")


def _open(path: str):
    if "://" in path:
        from apache_beam.io.filesystems import FileSystems
        return FileSystems.open(path)
    return open(path, "rb")


def count_rows(output_dir: str, name: str) -> int:
    """The number of rows of one output table, from its files' metadata."""
    total = 0
    for path in _table_files(output_dir, name):
        with _open(path) as f:
            total += pq.ParquetFile(f).metadata.num_rows
    return total


def read_table(output_dir: str, name: str, columns: Optional[Sequence[str]] = None) -> pa.Table:
    """All rows of one output table (an empty table with its schema when it has none).

    `columns` reads only those.
    Partition columns are inside the files as well as in the folder names, so
    the files alone give every column with its schema type.
    """
    schema = TABLES.get(name)
    wanted = None if columns is None else list(columns)
    tables = []
    for path in _table_files(output_dir, name):
        if "://" in path:
            from apache_beam.io.filesystems import FileSystems
            with FileSystems.open(path) as f:
                tables.append(pq.read_table(f, columns=wanted))
        else:
            tables.append(pq.read_table(path, columns=wanted, partitioning=None))
    if not tables:
        empty = schema.empty_table() if schema is not None else pa.table({})
        return empty if wanted is None else empty.select([c for c in wanted if c in empty.column_names])
    return pa.concat_tables(tables, promote_options="permissive")
