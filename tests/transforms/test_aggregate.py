"""Per-country totals from event clusters (one per real-world expulsion), both roles."""
import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from transforms.records import EventCluster
from transforms.aggregate import CountryCounts, CountryTotals, count_keys


def cl(articles, expelling, expelled, count, year=2022, reports=None):
    articles = tuple(articles)
    ids = tuple(f"{a}-{i}" for i, a in enumerate(articles * (reports or 1)))
    return EventCluster(f"{expelling}{expelled}{year}{count}", expelling, expelled, year, count, count, count,
                        False, False, None, None, articles, (), ids, "s", articles[0])


def test_a_cluster_adds_to_both_roles():
    keys = [k for k, _ in count_keys(cl("a", "PL", "RU", 45))]
    assert [(k[1], k[2]) for k in keys] == [("PL", "expelling"), ("RU", "expelled")]
    assert [k[2] for k, _ in count_keys(cl("a", "PL", None, 45))] == ["expelling"]


def test_totals_count_each_cluster_once_however_many_articles_report_it():
    fn = CountryTotals()
    acc = fn.create_accumulator()
    for c in (cl(["a", "b", "c"], "PL", "RU", 45), cl(["b"], "DE", "RU", 40), cl(["d"], "FR", "RU", None)):
        acc = fn.add_input(acc, c)
    assert (acc.diplomats, acc.events, acc.events_without_count, len(acc.articles), acc.reports) == (85, 3, 1, 4, 5)


def test_country_counts_transform():
    clusters = [cl(["a", "x"], "PL", "RU", 45), cl(["a"], "DE", "RU", 40), cl(["b"], "GB", "RU", 23, year=2018)]
    with TestPipeline(runner="FnApiRunner") as p:
        rows = p | beam.Create(clusters) | CountryCounts({"RU": "Russia", "PL": "Poland"}.get)
        assert_that(rows | beam.Map(lambda r: (r["year"], r["country_code"], r["country_name"], r["role"],
                                               r["diplomats"], r["events"], r["articles"], r["reports"])),
                    equal_to([(2022, "PL", "Poland", "expelling", 45, 1, 2, 2),
                              (2022, "DE", None, "expelling", 40, 1, 1, 1),
                              (2022, "RU", "Russia", "expelled", 85, 2, 2, 3),
                              (2018, "GB", None, "expelling", 23, 1, 1, 1),
                              (2018, "RU", "Russia", "expelled", 23, 1, 1, 1)]))


def test_totals_are_the_same_however_a_runner_splits_and_merges_the_clusters():
    import pickle
    fn = CountryTotals()
    clusters = [cl([f"a{i}", f"a{i + 1}"], "PL", "RU", i % 7 or None, reports=1 + i % 3) for i in range(40)]
    whole = fn.extract_output(fn.add_inputs(fn.create_accumulator(), clusters))
    parts = []
    for start in range(0, 40, 9):      # as workers would: partial accumulators, encoded, merged
        acc = fn.add_inputs(fn.create_accumulator(), clusters[start:start + 9])
        parts.append(pickle.loads(pickle.dumps(acc)))
    merged = fn.extract_output(fn.merge_accumulators(parts))
    assert merged == whole
    assert (whole.events, len(whole.articles), whole.events_without_count) == (40, 41, 6)
    assert whole.diplomats == sum(i % 7 for i in range(40))
