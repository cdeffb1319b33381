"""The whole job, run the way a user runs it, read back from Parquet."""
import socket

import pyarrow.dataset as ds
import pytest

from pipeline.run import run
from transforms.schemas import TABLES
from tests.fixtures.make_feed import write_feed


def read(out, table):
    return ds.dataset(str(out / table), format="parquet", partitioning="hive").to_table()


@pytest.fixture(scope="module")
def output(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("e2e")
    feed = write_feed(tmp)
    out = tmp / "out"
    # The default runner, with the network switched off: a run must never reach out (no Prism download).
    real_connect = socket.socket.connect

    def no_network(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            raise AssertionError(f"the pipeline tried to connect to {address}")
        return real_connect(self, address)

    socket.socket.connect = no_network
    try:
        run(["--input", str(feed), "--output", str(out), "--runner", "DirectRunner"])
    finally:
        socket.socket.connect = real_connect
    return out


def test_every_table_is_written_with_its_schema(output):
    for name, schema in TABLES.items():
        table = read(output, name)
        for field in schema:
            assert table.schema.field(field.name).type == field.type, (name, field.name)


def test_seed_expulsions_are_found_with_counts_and_years(output):
    events = read(output, "events").to_pylist()
    asserted = {(e["expelling_country"], e["expelled_country"], e["count"])
                for e in events if e["article_id"] == "seed-0001" and e["modality"] == "asserted"}
    assert {("PL", "RU", 45), ("IE", "RU", 4), ("CZ", "RU", 1), ("LT", "RU", 1), ("US", "RU", 60),
            ("GB", "RU", 23)} <= asserted
    assert not any(c == "CA" for c, _, _ in asserted)     # "if Canada deported ..." is hypothetical
    gb = [e for e in events if e["expelling_country"] == "GB" and e["modality"] == "asserted"]
    assert gb[0]["event_year"] == 2018
    assert gb[0]["sentence"].startswith("In 2018, Britain deported 23")


def test_written_articles_give_directional_events_and_no_false_ones(output):
    events = read(output, "events").to_pylist()
    asserted = {(e["article_id"], e["expelling_country"], e["expelled_country"], e["count"])
                for e in events if e["modality"] == "asserted"}
    assert ("t-ecuador", "EC", "US", 1) in asserted
    assert ("t-ecuador", "US", "EC", 1) in asserted
    assert not any(a == "t-migrants" for a, *_ in asserted)
    assert not any(a == "t-threat" for a, *_ in asserted)


def test_garbled_names_resolve_to_the_right_people(output):
    mentions = read(output, "mentions").to_pylist()
    by_text = {}
    for m in mentions:
        if m["article_id"] == "seed-0001":
            by_text.setdefault(m["text"], set()).add(m["canonical_name"])
    assert by_text["Liz Troy"] == {"Liz Truss"}
    assert by_text["Tras"] == {"Liz Truss"}
    assert by_text["Justin Trinto"] == {"Justin Trudeau"}
    assert by_text["Grusko"] == {"Alexander Grushko"}
    assert by_text["Labor Party"] == {"Labour Party (UK)"}


def test_country_counts_sum_asserted_events(output):
    counts = read(output, "country_counts").to_pylist()
    ru_2022 = [c for c in counts if (c["year"], c["country_code"], c["role"]) == (2022, "RU", "expelled")]
    assert len(ru_2022) == 1
    events = [e for e in read(output, "events").to_pylist()
              if e["modality"] == "asserted" and e["expelled_country"] == "RU" and e["event_year"] == 2022]
    assert ru_2022[0]["diplomats"] == sum(e["count"] or 0 for e in events)
    assert ru_2022[0]["country_name"] == "Russia"


def test_bad_records_are_dead_lettered_and_every_record_is_accounted_for(output):
    dead = read(output, "dead_letter").to_pylist()
    assert sorted((d["line"], d["stage"]) for d in dead) == [(5, "parse"), (6, "validate"), (7, "validate")]
    articles = read(output, "articles").to_pylist()
    assert len(articles) + len(dead) == 7
