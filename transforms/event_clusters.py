"""Reports -> real-world expulsions: cluster asserted events that tell the same expulsion.

Many articles report one expulsion ("Poland expels 45 Russian diplomats", a week later
"the 45 diplomats Poland threw out ..."). Counting every report would count the
expulsion many times. `cluster_events()` (plain Python, no Beam) decides which asserted
events are one real event; `ClusterEvents` runs it at Beam scale.

Which events are one event
--------------------------
Only `asserted` events take part. Two events can be the same expulsion only when

1. they have the same expelling country, expelled country and event year (the Beam
   grouping key: no global all-pairs comparison);
2. they come from different articles (an article's own repeats were already merged by
   the extractor; two events of one article are two expulsions);
3. their counts are compatible: equal, one of them missing, within `count_tolerance`
   (default 25 %) of the larger ("23" and "20"), or a lower bound the other meets
   ("more than 50" and 60). A cluster's counts must all be pairwise compatible, so
   20 -> 24 -> 29 never drifts into one cluster;
4. their dates are compatible. A report of a present-tense event (event year = the
   year it was published) dates the event by its publication date: it joins a cluster
   only when published within `window_days` (default 14) of the cluster's first such
   report. A retrospective report ("in 2018 Britain expelled 23 ...", published in 2022)
   says nothing about the day, so only the year binds it.

The same event id twice (an article delivered twice) is one report. An article that gives
the parts of a number ("48 intelligence officers" ... "12 operatives at the UN mission")
is one report of their sum when another article reports exactly that sum ("60
diplomats") within the window; otherwise the parts stay separate expulsions.

Events are visited in a canonical order (dated reports by publication date, then
undated, ties by article and event id) and each joins the first compatible cluster
(the one with most reports, then earliest), else starts a new one. The result does
not depend on input order or on how the input was split; the cluster id is a hash of
its key and its sorted member event ids, not a counter.

A report is never compared with every earlier one: open clusters are indexed by the numbers
they were reported with and by their date window (`_OpenClusters`), so a key of n reports
clusters in about n log n time (bench/bench_clustering.py: 10x the reports, ~8x the time).
The all-pairs version it replaced is kept as the reference the tests compare it with
(tests/transforms/reference_clustering.py); both give the same clusters on any input.

What a cluster says
-------------------
`count` is the most reported exact number (each article one vote; ties go to the
larger number, because early or partial reports tend to under-count); lower bounds
("more than 50") count only when no report gives an exact number, and then
`at_least` is true. `count_min`/`count_max` span every number reported,
`count_disputed` is true when reports give different exact numbers (or an exact
number below a stated lower bound). `example_sentence` is the earliest report that
gives the agreed count.

Each event row of the `events` table carries its `cluster_id` (joined back by
event id, see `AttachClusterIds`), and each cluster row lists its `event_ids`, so
a total in `country_counts` can be audited back to its sentences.
"""
from __future__ import annotations

import hashlib
import heapq
from bisect import bisect_left
from collections import Counter
from datetime import date
from typing import Any, Iterable, NamedTuple, Optional, Sequence

import apache_beam as beam
from apache_beam.metrics import Metrics

from gazetteer.dates import day
from transforms.retaliation import retaliation_stated

from transforms.records import Event, EventCluster

DEFAULT_WINDOW_DAYS = 14
DEFAULT_COUNT_TOLERANCE = 0.25


# ---------------------------------------------------------------------------------
# Compatibility
# ---------------------------------------------------------------------------------
def counts_compatible(a: Optional[int], a_at_least: bool, b: Optional[int], b_at_least: bool,
                      tolerance: float = DEFAULT_COUNT_TOLERANCE) -> bool:
    """Could two reported numbers describe the same expulsion?"""
    if a is None or b is None:
        return True
    if a == b:
        return True
    if a_at_least and b >= a or b_at_least and a >= b:
        return True
    return abs(a - b) <= int(tolerance * max(a, b))


def report_date(event: Event) -> Optional[date]:
    """The date a report gives the event: its publication date when it tells a present-tense
    event (the event year is the publication year, or unknown); None for a retrospective report."""
    d = day(event.published_date)
    if d is None:
        return None
    if event.event_year is not None and event.event_year != d.year:
        return None
    return d


# ---------------------------------------------------------------------------------
# Clustering
# ---------------------------------------------------------------------------------
class _Report(NamedTuple):
    """One article's account of an expulsion: usually one event; several when the article
    gives the parts of a number another article reports whole ("48 officers" and "12
    operatives" where another says "60 diplomats")."""
    events: tuple
    count: Optional[int]
    at_least: bool
    article_id: str
    when: Optional[date]


def _report(events: Sequence[Event]) -> _Report:
    counts = [e.count for e in events if e.count is not None]
    return _Report(tuple(events), sum(counts) if counts else None, any(e.at_least for e in events),
                   events[0].article_id, report_date(events[0]))


def _reports(ordered: Sequence[Event], window_days: int) -> list[_Report]:
    """Events -> reports: an article's counted events of one key become one report when
    their sum is exactly a number another article reports (within the date window)."""
    by_article: dict[str, list[Event]] = {}
    for e in ordered:
        by_article.setdefault(e.article_id, []).append(e)
    wholes = _Wholes(ordered)
    out = []
    for article, evs in by_article.items():
        parts = [e for e in evs if e.count is not None and not e.at_least]
        if len(parts) >= 2:
            total, when = sum(e.count for e in parts), report_date(parts[0])
            if wholes.reported_elsewhere(total, article, when, window_days):
                out.append(_report(parts))
                out.extend(_report([e]) for e in evs if e not in parts)
                continue
        out.extend(_report([e]) for e in evs)
    return sorted(out, key=lambda r: _canonical_order(r.events[0]))


class _Wholes:
    """Exact numbers reported, by number, with the article and report date of each: answers
    "does another article report exactly N within the window?" without scanning every event."""

    def __init__(self, events: Iterable[Event]):
        self.undated: dict[int, set] = {}     # N -> articles with an undated exact report of N
        self.dated: dict[int, list] = {}      # N -> sorted [(date ordinal, article)]
        for e in events:
            if e.count is None or e.at_least:
                continue
            when = report_date(e)
            if when is None:
                self.undated.setdefault(e.count, set()).add(e.article_id)
            else:
                self.dated.setdefault(e.count, []).append((when.toordinal(), e.article_id))
        for found in self.dated.values():
            found.sort()

    def reported_elsewhere(self, number: int, article: str, when: Optional[date], window_days: int) -> bool:
        undated = self.undated.get(number, ())
        if len(undated) > 1 or (undated and article not in undated):
            return True
        dated = self.dated.get(number, [])
        if when is None:
            return any(a != article for _, a in dated)
        day = when.toordinal()
        for found_day, a in dated[bisect_left(dated, (day - window_days,)):]:
            if found_day > day + window_days:
                return False
            if a != article:
                return True
        return False


class _Building:
    """A cluster being built: its reports, its anchor (first dated report), its articles, and
    its `signature`, the distinct (count, at_least) it was reported with, which alone decides
    whether a new number is compatible with all of its reports."""
    __slots__ = ("reports", "anchor", "articles", "signature", "index", "version")

    def __init__(self, report: _Report, index: int):
        self.reports = [report]
        self.anchor = report.when.toordinal() if report.when is not None else None
        self.articles = {report.article_id}
        self.signature = frozenset() if report.count is None else frozenset({(report.count, report.at_least)})
        self.index = index       # creation order: the tie-break between equally large clusters
        self.version = 0         # bumped on every add: older heap entries are stale

    def add(self, r: _Report) -> None:
        self.reports.append(r)
        self.articles.add(r.article_id)
        self.version += 1
        if r.count is not None and (r.count, r.at_least) not in self.signature:
            self.signature = self.signature | {(r.count, r.at_least)}


class _OpenClusters:
    """The clusters a report may join, indexed so that a report never compares with them all.

    Clusters are grouped by signature (compatibility is decided once per number and signature,
    not per report in the cluster); within a signature a heap orders them by (most reports,
    earliest), the order in which a report picks among the clusters it fits. Entries are lazy:
    a cluster that grew has a newer entry, and one whose anchor fell out of the date window is
    dropped for good (dated reports arrive in date order, so it can never fit again)."""

    def __init__(self, tolerance: float):
        self.tolerance = tolerance
        self.heaps: dict[frozenset, list] = {}
        self.fits: dict[tuple, bool] = {}

    def push(self, b: _Building) -> None:
        heapq.heappush(self.heaps.setdefault(b.signature, []), (-len(b.reports), b.index, b.version))

    def _compatible(self, r: _Report, signature: frozenset) -> bool:
        if r.count is None or not signature:
            return True
        key = (r.count, r.at_least, signature)
        fits = self.fits.get(key)
        if fits is None:
            fits = self.fits[key] = all(counts_compatible(r.count, r.at_least, c, a, self.tolerance)
                                        for c, a in signature)
        return fits

    def best(self, r: _Report, building: list, oldest: Optional[int]) -> Optional[_Building]:
        """The cluster r joins: compatible, without r's article, anchored on or after `oldest`
        (a date ordinal; None: any), with the most reports, then the earliest."""
        best = None
        empty = []
        for signature, heap in self.heaps.items():
            if not self._compatible(r, signature):
                continue
            held, top = [], None
            while heap:
                entry = heap[0]
                b = building[entry[1]]
                if b.version != entry[2] or (oldest is not None and b.anchor < oldest):
                    heapq.heappop(heap)
                elif r.article_id in b.articles:
                    held.append(heapq.heappop(heap))
                else:
                    top = entry
                    break
            for entry in held:
                heapq.heappush(heap, entry)
            if not heap:
                empty.append(signature)
            if top is not None and (best is None or top[:2] < best[:2]):
                best = top
        for signature in empty:
            del self.heaps[signature]
        return building[best[1]] if best is not None else None


def _canonical_order(event: Event) -> tuple:
    when = report_date(event)
    return (when is None, when or date.min, event.published_date or "", event.article_id, event.event_id)


def cluster_events(events: Iterable[Event], window_days: int = DEFAULT_WINDOW_DAYS,
                   count_tolerance: float = DEFAULT_COUNT_TOLERANCE) -> list[EventCluster]:
    """Asserted events -> clusters, one per real-world expulsion; sorted by cluster key and id.

    Events of any (expelling, expelled, year) may be mixed: they are grouped first."""
    groups: dict[tuple, list[Event]] = {}
    for e in events:
        if e.modality != "asserted":
            continue
        groups.setdefault(cluster_key(e), []).append(e)
    out: list[EventCluster] = []
    for key, group in groups.items():
        out.extend(cluster_group(key, group, window_days, count_tolerance))
    return sorted(out, key=lambda c: (_sortable(c.year), c.expelling_country or "", c.expelled_country or "",
                                      c.first_reported or "", c.cluster_id))


def _sortable(v):
    return (v is not None, v if v is not None else 0)


def cluster_key(event: Event) -> tuple:
    """The grouping key: a plain tuple, deterministic to encode."""
    return (event.expelling_country, event.expelled_country, event.event_year)


SPLITS = ("none", "month")


def split_key(event: Event, split: str = "none") -> tuple:
    """The key one worker clusters: `cluster_key`, and with split "month" also the month of the
    report's date (1-12; 0 for a retrospective, undated report). Splitting bounds the reports one
    worker holds, at a price: reports of one expulsion either side of a month's end form two
    clusters (docs/SCALE.md, "Hot keys"). The cluster id still hashes the unsplit key."""
    key = cluster_key(event)
    if split == "month":
        when = report_date(event)
        return key + (when.month if when is not None else 0,)
    return key


def cluster_group(key: tuple, events: Iterable[Event], window_days: int = DEFAULT_WINDOW_DAYS,
                  count_tolerance: float = DEFAULT_COUNT_TOLERANCE) -> list[EventCluster]:
    """Cluster the events of one (expelling, expelled, year) key, in O(n log n) for n reports
    when the distinct numbers reported are few (see `_OpenClusters`).

    Dated reports come first, in date order: a cluster whose anchor is more than `window_days`
    behind the report can never take another dated report, so it leaves the index. Undated
    (retrospective) reports bind by year only: for them every cluster of the key is open again."""
    unique: dict[str, Event] = {}
    for e in sorted(events, key=_canonical_order):
        unique.setdefault(e.event_id, e)
    building: list[_Building] = []
    open_clusters = _OpenClusters(count_tolerance)
    dated = True
    for r in _reports(list(unique.values()), window_days):
        if dated and r.when is None:    # the undated reports: every cluster is open to them
            dated = False
            open_clusters = _OpenClusters(count_tolerance)
            for b in building:
                open_clusters.push(b)
        oldest = r.when.toordinal() - window_days if r.when is not None else None
        best = open_clusters.best(r, building, oldest)
        if best is None:
            best = _Building(r, len(building))
            building.append(best)
        else:
            best.add(r)
        open_clusters.push(best)
    return [summarise(key, b.reports) for b in building]


def agreed_count(reports: Sequence) -> tuple[Optional[int], bool]:
    """(count, at_least) of reports (anything with .count and .at_least): the most reported
    exact number, ties to the larger; else the largest lower bound."""
    exact = Counter(r.count for r in reports if r.count is not None and not r.at_least)
    if exact:
        value, _ = max(exact.items(), key=lambda kv: (kv[1], kv[0]))
        return value, False
    bounds = [r.count for r in reports if r.count is not None]
    return (max(bounds), True) if bounds else (None, False)


def cluster_id(key: tuple, event_ids: Iterable[str]) -> str:
    text = "|".join(str(k) for k in key) + "|" + ",".join(sorted(event_ids))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def summarise(key: tuple, reports: Sequence[_Report]) -> EventCluster:
    expelling, expelled, year = key
    events = [e for r in reports for e in r.events]
    count, at_least = agreed_count(reports)
    numbers = [r.count for r in reports if r.count is not None]
    exact = {r.count for r in reports if r.count is not None and not r.at_least}
    bounds = [r.count for r in reports if r.count is not None and r.at_least]
    disputed = len(exact) > 1 or bool(exact and bounds and min(exact) < max(bounds))
    dates = sorted(d for d in (e.published_date for e in events) if d)
    ordered = sorted(reports, key=lambda r: _canonical_order(r.events[0]))
    example = next((r for r in ordered if r.count == count and len(r.events) == 1), None) \
        or next((r for r in ordered if r.count == count), ordered[0])
    ids = tuple(sorted(e.event_id for e in events))
    return EventCluster(
        cluster_id=cluster_id(key, ids), expelling_country=expelling, expelled_country=expelled, year=year,
        count=count, count_min=min(numbers) if numbers else None, count_max=max(numbers) if numbers else None,
        count_disputed=disputed, at_least=at_least,
        first_reported=dates[0][:10] if dates else None, last_reported=dates[-1][:10] if dates else None,
        articles=tuple(sorted({e.article_id for e in events})),
        sources=tuple(sorted({e.source for e in events if e.source})),
        event_ids=ids, example_sentence=example.events[0].sentence, example_article_id=example.article_id,
        stated_retaliation=any(retaliation_stated(e.sentence, e.trigger) for e in events))


# ---------------------------------------------------------------------------------
# Rows
# ---------------------------------------------------------------------------------
def cluster_row(c: EventCluster) -> dict:
    """A row of the event_clusters table (transforms.schemas.EVENT_CLUSTERS)."""
    row = c._asdict()
    row["first_reported"] = day(c.first_reported)
    row["last_reported"] = day(c.last_reported)
    row["articles"] = len(c.articles)
    row["sources"] = list(c.sources)
    row["event_ids"] = list(c.event_ids)
    del row["stated_retaliation"]     # read by the linking step; the row says link_basis
    return row


def event_row(event: Event, cluster: Optional[str]) -> dict:
    """A row of the events table, with the id of the cluster the event belongs to (None
    for an event that is not asserted)."""
    row = event._asdict()
    row["published_date"] = day(event.published_date)
    row["cluster_id"] = cluster
    return row


# ---------------------------------------------------------------------------------
# Beam
# ---------------------------------------------------------------------------------
class _ClusterGroupFn(beam.DoFn):
    def __init__(self, window_days: int, count_tolerance: float):
        self.window_days = window_days
        self.count_tolerance = count_tolerance
        self.clusters = Metrics.counter("cluster", "clusters")
        self.disputed = Metrics.counter("cluster", "disputed_counts")

    def process(self, element):
        key, events = element
        for c in cluster_group(tuple(key)[:3], events, self.window_days, self.count_tolerance):
            self.clusters.inc()
            if c.count_disputed:
                self.disputed.inc()
            yield c


class ClusterEvents(beam.PTransform):
    """Events (any modality) -> EventCluster records, one per real-world expulsion.

    `split="month"` clusters each (pair, year) month by month (see `split_key`)."""

    def __init__(self, window_days: int = DEFAULT_WINDOW_DAYS, count_tolerance: float = DEFAULT_COUNT_TOLERANCE,
                 split: str = "none"):
        super().__init__()
        if split not in SPLITS:
            raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
        self.window_days = DEFAULT_WINDOW_DAYS if window_days is None else window_days
        self.count_tolerance = count_tolerance
        self.split = split or "none"

    def expand(self, events):
        split = self.split
        return (
            events
            | "KeepAsserted" >> beam.Filter(lambda e: e.modality == "asserted")
            | "KeyByPairAndYear" >> beam.Map(lambda e: (split_key(e, split), e))
            | "GroupByPairAndYear" >> beam.GroupByKey()
            # declared: Beam would infer Any by reading the bytecode of process and all it calls (~0.03 CPU s)
            | "ClusterReports" >> beam.ParDo(_ClusterGroupFn(self.window_days, self.count_tolerance))
            .with_output_types(Any)
        )


class AttachClusterIds(beam.PTransform):
    """(events, clusters) -> events-table rows with `cluster_id`: each event's id looked up in the clusters'
    members (a side input: one entry per event, few), the lowest cluster id when several list it."""

    def expand(self, pcolls):
        events, clusters = pcolls
        members = clusters | "MembersById" >> beam.FlatMap(lambda c: [(i, c.cluster_id) for i in c.event_ids])
        return events | "EventRowsWithCluster" >> beam.Map(event_row_in, beam.pvalue.AsMultiMap(members))


def event_row_in(event: Event, members) -> dict:
    """The event's row, with the lowest id of the clusters that list it (None when none does); `members`: event id
    -> the ids of the clusters listing it (a multimap side input: a missing id gives an empty list)."""
    ids = sorted(set(members[event.event_id]))
    return event_row(event, ids[0] if ids else None)
