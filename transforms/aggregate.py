"""Per-country totals of diplomats expelled, for both roles, from asserted events.

`count_keys()` turns one event into the (year, country, role) keys it adds to;
`CountryTotals` is the CombineFn; `CountryCounts` wires them. Only events with
modality 'asserted' and a known country count.
"""
from __future__ import annotations

from typing import Callable, Iterator, NamedTuple, Optional

import apache_beam as beam

from pipeline.records import Event

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


def count_keys(event: Event) -> Iterator[tuple[CountKey, Event]]:
    """The (year, country, role) keys an asserted event adds to."""
    if event.modality != "asserted":
        return
    for role, code in (("expelling", event.expelling_country), ("expelled", event.expelled_country)):
        if code:
            # a plain tuple key: Beam encodes it deterministically without a fallback coder
            yield (event.event_year, code, role), event


class CountryTotals(beam.CombineFn):
    """Sums diplomats, counts events and distinct articles."""

    def create_accumulator(self):
        return Totals(0, 0, 0, frozenset())

    def add_input(self, acc: Totals, event: Event) -> Totals:
        return Totals(acc.diplomats + (event.count or 0), acc.events + 1,
                      acc.events_without_count + (1 if event.count is None else 0),
                      acc.articles | {event.article_id})

    def merge_accumulators(self, accs):
        accs = list(accs)
        return Totals(sum(a.diplomats for a in accs), sum(a.events for a in accs),
                      sum(a.events_without_count for a in accs),
                      frozenset().union(*[a.articles for a in accs]))

    def extract_output(self, acc: Totals) -> Totals:
        return acc


def count_row(key: tuple, totals: Totals, country_name: Callable[[str], Optional[str]]) -> dict:
    key = CountKey(*key)
    return {
        "year": key.year, "country_code": key.country_code, "country_name": country_name(key.country_code),
        "role": key.role, "diplomats": totals.diplomats, "events": totals.events,
        "articles": len(totals.articles), "events_without_count": totals.events_without_count,
    }


class CountryCounts(beam.PTransform):
    """Events -> country_counts rows (dicts matching pipeline.schemas.COUNTRY_COUNTS)."""

    def __init__(self, country_name: Callable[[str], Optional[str]]):
        super().__init__()
        self.country_name = country_name

    def expand(self, events):
        name = self.country_name
        return (
            events
            | "KeyByCountryYearRole" >> beam.FlatMap(count_keys)
            | "SumPerKey" >> beam.CombinePerKey(CountryTotals())
            | "ToRows" >> beam.MapTuple(lambda key, totals: count_row(key, totals, name))
        )
