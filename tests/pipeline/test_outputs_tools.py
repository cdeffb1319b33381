"""Downstream tools read every table well: DuckDB, Polars and pyarrow, and the documented queries work."""
import re
from collections import Counter, defaultdict
from pathlib import Path

import duckdb
import polars as pl
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from transforms.schemas import SCHEMA_VERSION, TABLES
from tests.pipeline.sample_run import sample_run

DOCS = Path(__file__).resolve().parents[2] / "docs" / "OUTPUTS.md"
PARTITIONED = {"events": "event_year", "country_counts": "year"}


@pytest.fixture(scope="module")
def out():
    return sample_run()[0]


def files(out, table):
    return sorted((out / table).rglob("*.parquet"))


def arrow(out, table) -> pa.Table:
    return ds.dataset(str(out / table), format="parquet", partitioning="hive").to_table()


def examples() -> dict:
    """name -> (language, code) of every `<!-- example: NAME -->` block in docs/OUTPUTS.md."""
    found = re.findall(r"<!-- example: (\w+) -->\n```(\w+)\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)
    return {name: (lang, code) for name, lang, code in found}


def run_example(name, out):
    lang, code = examples()[name]
    code = code.replace("out/", f"{out}/")
    if lang == "sql":
        return duckdb.execute(code).fetchall()
    scope = {}
    exec(compile(code, f"OUTPUTS.md:{name}", "exec"), scope)   # noqa: S102 - our own documented example
    return scope["result"]


@pytest.mark.parametrize("table", sorted(TABLES))
def test_duckdb_polars_and_pyarrow_read_every_table_alike(out, table):
    expected = arrow(out, table)
    glob = f"{out}/{table}/**/*.parquet"
    duck = duckdb.execute(f"SELECT * FROM read_parquet('{glob}', hive_partitioning = true)")
    duck_cols = [d[0] for d in duck.description]
    duck_rows = duck.fetchall()
    polars = pl.scan_parquet(glob).collect()
    names = [f.name for f in TABLES[table]]
    assert sorted(duck_cols) == sorted(names)
    assert sorted(polars.columns) == sorted(names)
    assert sorted(expected.column_names) == sorted(names)
    assert len(duck_rows) == polars.height == expected.num_rows


def test_tables_have_rows_on_the_sample_run(out):
    for table in ("articles", "mentions", "events", "country_counts", "dead_letter"):
        assert arrow(out, table).num_rows > 0, table


@pytest.mark.parametrize("table,column", sorted(PARTITIONED.items()))
def test_year_partitions_read_back_as_the_same_column_with_a_sensible_type(out, table, column):
    folders = {p.parent.name for p in files(out, table)}
    assert f"{column}=2018" in folders and f"{column}=2022" in folders
    t = arrow(out, table)
    assert t.schema.field(column).type == pa.int32()
    assert pl.scan_parquet(f"{out}/{table}/**/*.parquet").collect().schema[column] == pl.Int32
    typ = duckdb.execute(f"SELECT typeof({column}) FROM read_parquet('{out}/{table}/**/*.parquet', "
                         "hive_partitioning = true) LIMIT 1").fetchone()[0]
    assert typ in ("INTEGER", "BIGINT")
    # every file holds only its folder's year (nulls in the __HIVE_DEFAULT_PARTITION__ folder)
    for f in files(out, table):
        folder_value = f.parent.name.split("=")[1]
        values = set(pq.read_table(f).column(column).to_pylist())
        assert values == {None if folder_value == "__HIVE_DEFAULT_PARTITION__" else int(folder_value)}


def test_every_file_is_zstd_with_the_schema_version(out):
    for table in TABLES:
        for f in files(out, table):
            meta = pq.ParquetFile(f).metadata
            assert meta.metadata[b"newsnorm.schema_version"] == SCHEMA_VERSION.encode(), f
            if meta.num_row_groups:
                assert meta.row_group(0).column(0).compression == "ZSTD", f


def test_a_small_run_writes_one_file_per_table_or_partition(out):
    for table in TABLES:
        per_folder = Counter(f.parent for f in files(out, table))
        assert per_folder and set(per_folder.values()) == {1}, (table, per_folder)


def test_every_documented_example_is_tested():
    # window_counts recipes run on a live streaming output: tests/pipeline/test_watcher.py
    assert {n for n in examples() if not n.startswith("window_")} == {
        "duckdb_expelling_from_events", "duckdb_expelled_2022", "duckdb_events_with_titles",
        "polars_expelling_totals", "polars_unresolved_names", "pyarrow_events_2018", "duckdb_retaliation_pairs"}


def test_example_expelling_from_events(out):
    events = [e for e in arrow(out, "events").to_pylist()
              if e["modality"] == "asserted" and e["expelling_country"]]
    totals = defaultdict(int)
    for e in events:
        totals[e["expelling_country"]] += e["count"] or 0
    answer = run_example("duckdb_expelling_from_events", out)
    assert answer == sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))
    assert answer[0] == ("US", 61) and ("PL", 45) in answer and ("EC", 1) in answer   # 60 Russians, 1 Ecuadorian


def test_example_expelled_2022(out):
    answer = run_example("duckdb_expelled_2022", out)
    assert answer[0][0] == "Russia"
    counts = [c for c in arrow(out, "country_counts").to_pylist() if c["role"] == "expelled" and c["year"] == 2022]
    assert sorted(answer) == sorted((c["country_name"], c["diplomats"], c["events"]) for c in counts)


def test_example_events_with_titles(out):
    answer = run_example("duckdb_events_with_titles", out)
    asserted = [e for e in arrow(out, "events").to_pylist() if e["modality"] == "asserted"]
    assert len(answer) == len(asserted)
    assert (2011, "EC", "US", 1, "Quito retaliates") in answer


def test_example_polars_expelling_totals(out):
    answer = run_example("polars_expelling_totals", out)
    counts = [c for c in arrow(out, "country_counts").to_pylist() if c["role"] == "expelling"]
    totals = defaultdict(int)
    for c in counts:
        totals[c["country_code"]] += c["diplomats"]
    assert answer.rows() == sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))
    assert dict(answer.rows())["PL"] == 45


def test_example_polars_unresolved_names(out):
    answer = run_example("polars_unresolved_names", out)
    nil = [m for m in arrow(out, "mentions").to_pylist() if m["method"] == "nil" and not m["nested"]]
    assert answer.height == min(20, len({m["text"] for m in nil}))
    for text, articles, mentions in answer.rows():
        assert mentions == sum(1 for m in nil if m["text"] == text)
        assert articles == len({m["article_id"] for m in nil if m["text"] == text})


def test_example_pyarrow_events_2018(out):
    answer = run_example("pyarrow_events_2018", out).to_pylist()
    assert answer and {"expelling_country": "GB", "expelled_country": "RU", "count": 23,
                       "modality": "asserted"} in answer
    assert len(answer) == sum(1 for e in arrow(out, "events").to_pylist() if e["event_year"] == 2018)


def test_example_retaliation_pairs(out):
    answer = run_example("duckdb_retaliation_pairs", out)
    clusters = {c["cluster_id"]: c for c in arrow(out, "event_clusters").to_pylist()}
    linked = [c for c in clusters.values() if c["answers_cluster_id"]]
    assert len(answer) == len(linked)
    for row in answer:
        expelling, expelled, _, _, basis, answered_expelling, _, _ = row
        assert basis in ("stated", "reversed_pair") and answered_expelling == expelled
