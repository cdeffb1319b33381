"""The Parquet sink: explicit schemas, deterministic files, publish-on-success."""
import os

import apache_beam as beam
import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.testing.test_pipeline import TestPipeline

from pipeline.output_folder import MARKER, publish, staging_dir_for
from transforms.schemas import DEAD_LETTER, SCHEMA_VERSION, TABLES
from transforms.write import WriteTable, shard_of, write_shard


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
    staging = staging_dir_for(str(out))
    write_shard("dead_letter", 0, [_dead(1)], staging, ("line",))
    publish(staging, str(out))
    assert sorted(os.listdir(out)) == sorted([*TABLES, MARKER])
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


def _count(year, code="RU", role="expelled", diplomats=1):
    return {"year": year, "country_code": code, "country_name": code, "role": role, "diplomats": diplomats,
            "events": 1, "articles": 1, "events_without_count": 0, "reports": 1}


def _files(folder):
    return sorted(p for p in folder.rglob("*.parquet"))


def test_rows_per_file_bounds_every_file_and_keeps_every_row(tmp_path):
    staging = str(tmp_path / "stage")
    with TestPipeline(runner="FnApiRunner") as p:
        (p | beam.Create([_dead(i) for i in range(35)])
         | WriteTable("dead_letter", staging, "line", ("line",), rows_per_file=10))
    paths = _files(tmp_path / "stage" / "dead_letter")
    sizes = [pq.ParquetFile(f).metadata.num_rows for f in paths]
    assert sum(sizes) == 35 and max(sizes) <= 10
    assert 4 <= len(paths) <= 8        # ceil(35/10) writers; one may split its share in two


def test_a_small_table_is_one_file_whatever_rows_per_file_allows(tmp_path):
    staging = str(tmp_path / "stage")
    with TestPipeline(runner="FnApiRunner") as p:
        p | beam.Create([_dead(i) for i in range(50)]) | WriteTable("dead_letter", staging, "line", ("line",))
    assert len(_files(tmp_path / "stage" / "dead_letter")) == 1


def test_partitioned_table_uses_hive_folders_and_null_partition_reads_back_as_null(tmp_path):
    import duckdb
    import polars as pl
    import pyarrow.dataset as ds
    staging = str(tmp_path / "stage")
    rows = [_count(2018), _count(2018, "GB", "expelling", 23), _count(2022, diplomats=45), _count(None, diplomats=2)]
    with TestPipeline(runner="FnApiRunner") as p:
        (p | beam.Create(rows)
         | WriteTable("country_counts", staging, "country_code", ("year", "country_code", "role"), partition_by="year"))
    folder = tmp_path / "stage" / "country_counts"
    assert sorted(d.name for d in folder.iterdir()) == ["year=2018", "year=2022", "year=__HIVE_DEFAULT_PARTITION__"]
    got = ds.dataset(str(folder), format="parquet", partitioning="hive").to_table()
    assert sorted(got.column("year").to_pylist(), key=str) == [2018, 2018, 2022, None]
    duck = duckdb.execute(f"SELECT year, sum(diplomats) FROM read_parquet('{folder}/**/*.parquet', "
                          "hive_partitioning = true) GROUP BY 1 ORDER BY 1 NULLS LAST").fetchall()
    assert duck == [(2018, 24), (2022, 45), (None, 2)]
    polars = pl.read_parquet(f"{folder}/**/*.parquet")
    assert polars.schema["year"] == pl.Int32
    assert sorted(polars["year"].to_list(), key=str) == [2018, 2018, 2022, None]


def test_a_table_without_any_year_is_not_partitioned_so_readers_can_type_it(tmp_path):
    import pyarrow.dataset as ds
    staging = str(tmp_path / "stage")
    with TestPipeline(runner="FnApiRunner") as p:
        (p | beam.Create([_count(None), _count(None, "GB")])
         | WriteTable("country_counts", staging, "country_code", ("country_code",), partition_by="year"))
    folder = tmp_path / "stage" / "country_counts"
    assert [f.parent for f in _files(folder)] == [folder]
    table = ds.dataset(str(folder), format="parquet", partitioning="hive").to_table()
    assert table.schema.field("year").type == pa.int32() and table.column("year").to_pylist() == [None, None]


def test_publish_carries_summary_and_report_along(tmp_path):
    out = tmp_path / "out"
    staging = staging_dir_for(str(out))
    write_shard("dead_letter", 0, [_dead(1)], staging, ("line",))
    os.makedirs(os.path.join(staging, "report"))
    with open(os.path.join(staging, "report", "index.html"), "w") as f:
        f.write("<html></html>")
    with open(os.path.join(staging, "summary.json"), "w") as f:
        f.write("{}")
    publish(staging, str(out))
    assert (out / "summary.json").exists() and (out / "report" / "index.html").exists()


def test_an_integer_too_big_for_its_column_never_loses_the_table():
    from transforms.write import to_table
    row = {"cluster_id": "c", "count": 2 ** 31, "count_min": 10 ** 20, "count_max": 7, "count_disputed": False,
           "at_least": False, "articles": 2 ** 70}
    (got,) = to_table([row], TABLES["event_clusters"]).to_pylist()
    assert (got["count"], got["count_min"], got["count_max"], got["articles"]) == (None, None, 7, 2 ** 63 - 1)
