"""The streaming Parquet sink: rows written as they come, bounded buffers, temp-then-rename finalisation."""
import os

import apache_beam as beam
import pyarrow.dataset as ds
import pyarrow.parquet as pq
from apache_beam.testing.test_pipeline import TestPipeline

from transforms.schemas import DEAD_LETTER, SCHEMA_VERSION
from transforms.stream_write import StreamTable, TempFile, TempWriter, finalise, plan, temp_dir


def _dead(i, source="f"):
    return {"source": source, "line": i, "stage": "parse", "error": "bad", "record": "x"}


def _event_row(i, year):
    return {"event_id": f"e{i}", "article_id": f"a{i}", "start_char": i, "event_year": year}


def _files(folder):
    return sorted(p for p in folder.rglob("*.parquet"))


def _write_temps(staging, rows, rows_per_file=1_000_000, buffer_rows=10_000, shard=0, partition=None):
    w = TempWriter("dead_letter", temp_dir(staging, "dead_letter"), partition, shard, ("source", "line"),
                   rows_per_file, buffer_rows)
    done = [d for d in (w.add(r) for r in rows) if d is not None]
    last = w.close()
    return done + ([last] if last else [])


def test_temp_writer_holds_at_most_a_buffer_and_splits_files_at_rows_per_file(tmp_path):
    w = TempWriter("dead_letter", str(tmp_path / "t"), None, 0, ("line",), rows_per_file=25, buffer_rows=10)
    done = []
    for i in range(60):
        d = w.add(_dead(i))
        assert len(w._buffer) < 10
        if d:
            done.append(d)
    done.append(w.close())
    assert [d.rows for d in done] == [25, 25, 10]
    first = pq.ParquetFile(done[0].path)
    assert first.metadata.num_row_groups == 3            # row groups of at most the buffer's size
    assert first.schema_arrow.equals(DEAD_LETTER, check_metadata=False)
    assert first.schema_arrow.metadata[b"newsnorm.schema_version"] == SCHEMA_VERSION.encode()
    assert sum(pq.read_table(d.path).num_rows for d in done) == 60


def test_plan_packs_small_files_and_orders_them_by_content():
    files = [TempFile("/t/b", None, 0, 4, "k2"), TempFile("/t/a", None, 0, 3, "k1"), TempFile("/t/c", None, 0, 9, "k3"),
             TempFile("/t/d", None, 1, 2, "k0")]
    assert [(s, p, [f.path for f in pack]) for s, p, pack in plan(files, 10)] == [
        (0, 0, ["/t/a", "/t/b"]), (0, 1, ["/t/c"]), (1, 0, ["/t/d"])]


def test_finalise_merges_small_files_renames_and_is_idempotent(tmp_path):
    staging = str(tmp_path / "stage")
    temps = _write_temps(staging, [_dead(i) for i in range(5)]) + _write_temps(staging, [_dead(i) for i in range(5, 8)])
    assert len(temps) == 2
    paths = finalise("dead_letter", temps, staging, None, rows_per_file=100)
    assert [os.path.basename(p) for p in paths] == ["part-00000-000.parquet"]
    assert sorted(pq.read_table(paths[0]).column("line").to_pylist()) == list(range(8))
    assert not os.path.exists(temp_dir(staging, "dead_letter"))
    assert finalise("dead_letter", temps, staging, None, rows_per_file=100) == paths   # a retried finalisation
    assert pq.read_table(paths[0]).num_rows == 8


def test_stream_table_writes_every_row_once_within_rows_per_file(tmp_path):
    staging = str(tmp_path / "stage")
    with TestPipeline(runner="FnApiRunner") as p:
        (p | beam.Create([_dead(i) for i in range(35)])
         | StreamTable("dead_letter", staging, "line", ("line",), rows_per_file=10, buffer_rows=4))
    paths = _files(tmp_path / "stage" / "dead_letter")
    sizes = [pq.ParquetFile(f).metadata.num_rows for f in paths]
    assert sum(sizes) == 35 and max(sizes) <= 10
    lines = [x for f in paths for x in pq.read_table(f).column("line").to_pylist()]
    assert sorted(lines) == list(range(35))
    assert sorted(os.listdir(staging)) == ["dead_letter"]        # no temp folder left


def test_stream_table_from_several_inputs_gives_one_small_table(tmp_path):
    staging = str(tmp_path / "stage")
    with TestPipeline(runner="FnApiRunner") as p:
        a = p | "A" >> beam.Create([_dead(i, "a") for i in range(20)])
        b = p | "B" >> beam.Create([_dead(i, "b") for i in range(7)])
        (a, b) | StreamTable("dead_letter", staging, "line", ("source", "line"))
    paths = _files(tmp_path / "stage" / "dead_letter")
    assert [p.name for p in paths] == ["part-00000-000.parquet"]
    assert pq.read_table(paths[0]).num_rows == 27


def test_stream_table_partitions_like_the_grouped_sink(tmp_path):
    staging = str(tmp_path / "stage")
    rows = [_event_row(i, 2018 if i % 3 else None) for i in range(9)]
    from transforms.schemas import TABLES
    full = [dict({f: None for f in TABLES["events"].names}, **r) for r in rows]
    for r in full:
        r.update(modality="asserted", sentence="s", at_least=False, end_char=r["start_char"] + 1)
    with TestPipeline(runner="FnApiRunner") as p:
        p | beam.Create(full) | StreamTable("events", staging, "article_id", ("article_id",), partition_by="event_year")
    folder = tmp_path / "stage" / "events"
    assert sorted(d.name for d in folder.iterdir()) == ["event_year=2018", "event_year=__HIVE_DEFAULT_PARTITION__"]
    got = ds.dataset(str(folder), format="parquet", partitioning="hive").to_table()
    assert sorted(got.column("event_year").to_pylist(), key=str) == [2018] * 6 + [None] * 3
