"""Per-country totals from asserted events only, both roles."""
import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from pipeline.records import Event
from transforms.aggregate import CountryCounts, CountryTotals, count_keys


def ev(article, expelling, expelled, count, year=2022, modality="asserted"):
    return Event(f"{article}-{expelling}", article, expelling, expelled, count, False, year, modality,
                 "s", 0, 1)


def test_only_asserted_events_count():
    assert list(count_keys(ev("a", "PL", "RU", 45, modality="hypothetical"))) == []
    keys = [k for k, _ in count_keys(ev("a", "PL", "RU", 45))]
    assert [(k[1], k[2]) for k in keys] == [("PL", "expelling"), ("RU", "expelled")]


def test_totals_sum_diplomats_and_count_articles():
    fn = CountryTotals()
    acc = fn.create_accumulator()
    for e in (ev("a", "PL", "RU", 45), ev("b", "DE", "RU", 40), ev("b", "FR", "RU", None)):
        acc = fn.add_input(acc, e)
    assert (acc.diplomats, acc.events, acc.events_without_count, len(acc.articles)) == (85, 3, 1, 2)


def test_country_counts_transform():
    events = [ev("a", "PL", "RU", 45), ev("a", "DE", "RU", 40), ev("b", "GB", "RU", 23, year=2018),
              ev("c", "CA", "RU", 10, modality="hypothetical")]
    with TestPipeline(runner="FnApiRunner") as p:
        rows = p | beam.Create(events) | CountryCounts({"RU": "Russia", "PL": "Poland"}.get)
        assert_that(rows | beam.Map(lambda r: (r["year"], r["country_code"], r["country_name"], r["role"],
                                               r["diplomats"], r["events"], r["articles"])),
                    equal_to([(2022, "PL", "Poland", "expelling", 45, 1, 1),
                              (2022, "DE", None, "expelling", 40, 1, 1),
                              (2022, "RU", "Russia", "expelled", 85, 2, 1),
                              (2018, "GB", None, "expelling", 23, 1, 1),
                              (2018, "RU", "Russia", "expelled", 23, 1, 1)]))
