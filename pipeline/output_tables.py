"""Read a written output's tables back: one reader for the summary, the report and the reconciliation.

`read_table(output_dir, name)` reads every Parquet file under the table's folder
(partitioned or not, local or on any Beam filesystem) into one Arrow table; an
empty table with the table's schema when it has no files. `count_rows()` counts
a table's rows from the files' footers, reading no data. `count_by()` counts rows per
value of a few columns file by file and batch by batch, so its memory follows the distinct
values, not the rows (a ten-year output has billions of mentions).
"""
from __future__ import annotations

import os
from collections import Counter
from typing import Optional, Sequence

import pyarrow as pa
import pyarrow.compute as pc
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


def count_by(output_dir: str, name: str, columns: Sequence[str], is_set: Sequence[str] = ()) -> Counter:
    """Rows of one table per combination of `columns` values and, for each column in `is_set`,
    whether it holds a non-empty value: {(v1, ..., set1, ...): rows}. Folded batch by batch (a
    combiner over the table's files); a column a file lacks counts as None."""
    counts: Counter = Counter()
    keys = list(columns) + list(is_set)
    for path in _table_files(output_dir, name):
        with _open(path) as f:
            parquet = pq.ParquetFile(f)
            present = [c for c in keys if c in parquet.schema_arrow.names]
            for batch in parquet.iter_batches(columns=present, batch_size=65_536):
                n = batch.num_rows
                arrays = [batch.column(c) if c in present else pa.nulls(n, pa.string()) for c in columns]
                for c in is_set:
                    col = batch.column(c) if c in present else pa.nulls(n, pa.string())
                    arrays.append(pc.fill_null(pc.greater(pc.utf8_length(col.cast(pa.string())), 0), False))
                grouped = pa.table(arrays, names=keys).group_by(keys).aggregate([([], "count_all")])
                for row in grouped.to_pylist():
                    counts[tuple(row[k] for k in keys)] += row["count_all"]
    return counts
