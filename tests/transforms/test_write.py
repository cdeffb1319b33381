"""The Parquet sink: explicit schemas, deterministic files, publish-on-success."""
import os

import apache_beam as beam
import pyarrow.parquet as pq
from apache_beam.testing.test_pipeline import TestPipeline

from pipeline.schemas import DEAD_LETTER, SCHEMA_VERSION, TABLES
from transforms.write import WriteTable, publish, shard_of, staging_dir_for, write_shard


def _dead(i):
    return {"source": "f", "line": i, "stage": "parse", "error": "bad", "record": "x"}


def test_write_shard_sorts_rows_and_uses_the_schema(tmp_path):
    paths = write_shard("dead_letter", 0, [_dead(3), _dead(1), _dead(2)], str(tmp_path), ("source", "line"))
    table = pq.read_table(paths[0])
    assert table.schema.equals(DEAD_LETTER, check_metadata=False)
    assert table.column("line").to_pylist() == [1, 2, 3]
    assert table.schema.metadata[b"newsnorm.schema_version"] == SCHEMA_VERSION.encode()
    assert pq.ParquetFile(paths[0]).metadata.row_group(0).column(0).compression == "ZSTD"


def test_shards_are_stable():
    assert shard_of("article-1", 4) == shard_of("article-1", 4)
    assert {shard_of(f"a{i}", 4) for i in range(100)} == {0, 1, 2, 3}


def test_publish_replaces_output_and_fills_missing_tables(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "stale.txt").write_text("old run")
    staging = staging_dir_for(str(out))
    write_shard("dead_letter", 0, [_dead(1)], staging, ("line",))
    publish(staging, str(out))
    assert sorted(os.listdir(out)) == sorted(TABLES)
    assert not os.path.exists(staging)
    assert pq.read_table(out / "events").num_rows == 0
    assert pq.read_table(out / "dead_letter").num_rows == 1


def test_unpublished_staging_leaves_previous_output_intact(tmp_path):
    out = tmp_path / "out"
    first = staging_dir_for(str(out))
    write_shard("dead_letter", 0, [_dead(1)], first, ("line",))
    publish(first, str(out))
    second = staging_dir_for(str(out))
    write_shard("dead_letter", 0, [_dead(1), _dead(2)], second, ("line",))
    # the run "dies" here: nothing published
    assert pq.read_table(out / "dead_letter").num_rows == 1


def test_write_table_transform_writes_every_row_once(tmp_path):
    staging = str(tmp_path / "stage")
    with TestPipeline(runner="FnApiRunner") as p:
        (p | beam.Create([_dead(i) for i in range(50)])
         | WriteTable("dead_letter", staging, "line", ("line",), num_shards=3))
    table = pq.read_table(os.path.join(staging, "dead_letter"))
    assert sorted(table.column("line").to_pylist()) == list(range(50))
