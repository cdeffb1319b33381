"""Every table through one grouping (transforms/write_tables.py): the same files as one sink per table."""
import apache_beam as beam
import pyarrow.parquet as pq
from apache_beam.testing.test_pipeline import TestPipeline

from transforms.stream_write import StreamTable
from transforms.write import WriteTable
from transforms.write_tables import TableParts, TableSpec, WriteTables, write_rows


def _count(year, code, role="expelled", diplomats=1):
    return {"year": year, "country_code": code, "country_name": code, "role": role, "diplomats": diplomats,
            "events": 1, "articles": 1, "events_without_count": 0, "reports": 1}


def _dead(i, source="f"):
    return {"source": source, "line": i, "stage": "parse", "error": "bad", "record": "x"}


def _files(folder):
    """{path under folder: the file's rows in order}"""
    return {str(p.relative_to(folder)): pq.read_table(p).to_pylist() for p in sorted(folder.rglob("*.parquet"))}


def _rows(files):
    return sorted((r for rows in files.values() for r in rows), key=repr)


COUNTS = [_count(2018, c, role) for c in ("RU", "GB", "US", "FR", "DE", "PL", "CZ") for role in ("expelled", "expelling")]
COUNTS += [_count(2022, "RU", diplomats=45), _count(None, "IR", diplomats=2), _count(None, "SA", "expelling")]
COUNTS_SPEC = TableSpec("country_counts", "country_code", ("year", "country_code", "role"), 2, partition_by="year",
                        rows_per_file=5)


def test_write_rows_writes_the_files_the_grouped_sink_writes(tmp_path):
    """Partitions (a null one too), several shards a partition, files cut at rows_per_file: the same file names
    and the same rows in the same order as WriteTable's."""
    with TestPipeline(runner="FnApiRunner") as p:
        p | beam.Create(COUNTS) | WriteTable(COUNTS_SPEC.name, str(tmp_path / "grouped"), COUNTS_SPEC.key_field,
                                             COUNTS_SPEC.sort_keys, COUNTS_SPEC.num_shards, partition_by="year",
                                             rows_per_file=5)
    paths = write_rows(COUNTS_SPEC, reversed(COUNTS), str(tmp_path / "one"))
    grouped, one = _files(tmp_path / "grouped"), _files(tmp_path / "one")
    assert len(grouped) > 3 and any("year=__HIVE" in name for name in grouped)
    assert one == grouped
    assert sorted(paths) == sorted(str(tmp_path / "one" / name) for name in one)


def test_streamed_and_small_tables_through_one_grouping_give_each_table_its_own_files(tmp_path):
    dead = [_dead(i, "a") for i in range(20)] + [_dead(i, "b") for i in range(7)]
    specs = (TableSpec("dead_letter", "source", ("source", "line", "stage"), 1, rows_per_file=100, streamed=True),
             COUNTS_SPEC)
    with TestPipeline(runner="FnApiRunner") as p:
        a = p | "A" >> beam.Create(dead[:20])
        b = p | "B" >> beam.Create(dead[20:])
        counts = p | "Counts" >> beam.Create(COUNTS)
        parts = (a, b) | "WriteDeadLetter" >> TableParts(specs[0], str(tmp_path / "one"), buffer_rows=4)
        parts += counts | "WriteCountryCounts" >> TableParts(specs[1], str(tmp_path / "one"))
        parts | WriteTables(specs, str(tmp_path / "one"))
    with TestPipeline(runner="FnApiRunner") as p:
        (p | "A" >> beam.Create(dead[:20]), p | "B" >> beam.Create(dead[20:])) | StreamTable(
            "dead_letter", str(tmp_path / "apart"), "source", ("source", "line", "stage"), 1, rows_per_file=100)
        p | "Counts" >> beam.Create(COUNTS) | WriteTable(
            COUNTS_SPEC.name, str(tmp_path / "apart"), COUNTS_SPEC.key_field, COUNTS_SPEC.sort_keys,
            COUNTS_SPEC.num_shards, partition_by="year", rows_per_file=5)
    one, apart = _files(tmp_path / "one"), _files(tmp_path / "apart")
    assert sorted(one) == sorted(apart)
    assert ["dead_letter/part-00000-000.parquet"] == [name for name in one if name.startswith("dead_letter")]
    assert _rows(one) == _rows(apart)
    assert {n: rows for n, rows in one.items() if n.startswith("country")} == {
        n: rows for n, rows in apart.items() if n.startswith("country")}
    assert sorted(p.name for p in (tmp_path / "one").iterdir()) == ["country_counts", "dead_letter"]   # no temp left
