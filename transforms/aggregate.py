"""Per-country totals of diplomats expelled, for both roles, from clustered events.

A total counts real-world expulsions, not reports: its input is the `EventCluster`s
of transforms/event_clusters.py (asserted events only, one cluster per expulsion
however many articles told it). `count_keys()` turns one cluster into the
(year, country, role) keys it adds to; `CountryTotals` is the CombineFn;
`CountryCounts` wires them.
"""
from __future__ import annotations

from typing import Callable, Iterator, NamedTuple, Optional

import apache_beam as beam

from transforms.records import EventCluster

ROLES = ("expelling", "expelled")


class CountKey(NamedTuple):
    year: Optional[int]
    country_code: str
    role: str


class Totals(NamedTuple):
    diplomats: int
    events: int
    events_without_count: int
    articles: frozenset
    reports: int = 0


def count_keys(cluster: EventCluster) -> Iterator[tuple[tuple, EventCluster]]:
    """The (year, country, role) keys a cluster adds to."""
    for role, code in (("expelling", cluster.expelling_country), ("expelled", cluster.expelled_country)):
        if code:
            # a plain tuple key: Beam encodes it deterministically without a fallback coder
            yield (cluster.year, code, role), cluster


class Tally:
    """CountryTotals' accumulator: mutable, so adding a cluster costs its own articles, not a
    copy of every article the key has seen (a hot key's totals grow by thousands of clusters)."""
    __slots__ = ("diplomats", "events", "events_without_count", "articles", "reports")

    def __init__(self):
        self.diplomats = self.events = self.events_without_count = self.reports = 0
        self.articles: set = set()

    def __getstate__(self):
        return (self.diplomats, self.events, self.events_without_count, self.articles, self.reports)

    def __setstate__(self, state):
        self.diplomats, self.events, self.events_without_count, self.articles, self.reports = state

    def totals(self) -> Totals:
        return Totals(self.diplomats, self.events, self.events_without_count, frozenset(self.articles), self.reports)


class CountryTotals(beam.CombineFn):
    """Sums the clusters' agreed counts, counts clusters, reports and distinct articles.

    A CombineFn, so a runner lifts it: each worker pre-aggregates its clusters per key before
    the shuffle, and only one `Tally` per key and worker crosses it."""

    def create_accumulator(self) -> Tally:
        return Tally()

    def add_input(self, acc: Tally, cluster: EventCluster) -> Tally:
        acc.diplomats += cluster.count or 0
        acc.events += 1
        acc.events_without_count += 1 if cluster.count is None else 0
        acc.articles.update(cluster.articles)
        acc.reports += len(cluster.event_ids)
        return acc

    def merge_accumulators(self, accs) -> Tally:
        accs = iter(accs)
        merged = next(accs, None) or Tally()
        for a in accs:
            merged.diplomats += a.diplomats
            merged.events += a.events
            merged.events_without_count += a.events_without_count
            merged.articles |= a.articles
            merged.reports += a.reports
        return merged

    def extract_output(self, acc: Tally) -> Totals:
        return acc.totals()


def count_row(key: tuple, totals: Totals, country_name: Callable[[str], Optional[str]]) -> dict:
    key = CountKey(*key)
    return {
        "year": key.year, "country_code": key.country_code, "country_name": country_name(key.country_code),
        "role": key.role, "diplomats": totals.diplomats, "events": totals.events,
        "articles": len(totals.articles), "events_without_count": totals.events_without_count,
        "reports": totals.reports,
    }


class CountryCounts(beam.PTransform):
    """Event clusters -> country_counts rows (dicts matching transforms.schemas.COUNTRY_COUNTS)."""

    def __init__(self, country_name: Callable[[str], Optional[str]]):
        super().__init__()
        self.country_name = country_name

    def expand(self, clusters):
        name = self.country_name
        return (
            clusters
            | "KeyByCountryYearRole" >> beam.FlatMap(count_keys)
            | "SumPerKey" >> beam.CombinePerKey(CountryTotals())
            | "ToRows" >> beam.MapTuple(lambda key, totals: count_row(key, totals, name))
        )
