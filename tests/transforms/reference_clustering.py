"""The all-pairs clustering that transforms/event_clusters.py used before it was indexed,
kept as the reference the indexed `cluster_group` must agree with on every input
(tests/transforms/test_cluster_equivalence.py). Quadratic: only for tests.

Every report is compared with every cluster built so far, and with every report in it."""
from __future__ import annotations

from typing import Iterable, Sequence

from transforms.records import Event, EventCluster
from transforms.event_clusters import (DEFAULT_COUNT_TOLERANCE, DEFAULT_WINDOW_DAYS, _canonical_order, _report,
                                       _sortable, cluster_key, counts_compatible, report_date, summarise)


def _near(a, b, window_days: int) -> bool:
    return a is None or b is None or abs((a - b).days) <= window_days


def _reports(ordered: Sequence[Event], window_days: int) -> list:
    by_article: dict[str, list[Event]] = {}
    for e in ordered:
        by_article.setdefault(e.article_id, []).append(e)
    out = []
    for article, evs in by_article.items():
        parts = [e for e in evs if e.count is not None and not e.at_least]
        if len(parts) >= 2:
            total, when = sum(e.count for e in parts), report_date(parts[0])
            if any(o.article_id != article and o.count == total and not o.at_least
                   and _near(report_date(o), when, window_days) for o in ordered):
                out.append(_report(parts))
                out.extend(_report([e]) for e in evs if e not in parts)
                continue
        out.extend(_report([e]) for e in evs)
    return sorted(out, key=lambda r: _canonical_order(r.events[0]))


class _Building:
    def __init__(self, report):
        self.reports = [report]
        self.anchor = report.when
        self.articles = {report.article_id}

    def accepts(self, r, window_days: int, tolerance: float) -> bool:
        if r.article_id in self.articles:
            return False
        if r.when is not None and self.anchor is not None and abs((r.when - self.anchor).days) > window_days:
            return False
        return all(counts_compatible(r.count, r.at_least, o.count, o.at_least, tolerance) for o in self.reports)

    def add(self, r) -> None:
        self.reports.append(r)
        self.articles.add(r.article_id)
        if self.anchor is None:
            self.anchor = r.when


def cluster_group(key: tuple, events: Iterable[Event], window_days: int = DEFAULT_WINDOW_DAYS,
                  count_tolerance: float = DEFAULT_COUNT_TOLERANCE) -> list[EventCluster]:
    unique: dict[str, Event] = {}
    for e in sorted(events, key=_canonical_order):
        unique.setdefault(e.event_id, e)
    building: list[_Building] = []
    for r in _reports(list(unique.values()), window_days):
        fits = [b for b in building if b.accepts(r, window_days, count_tolerance)]
        if fits:
            best = min(fits, key=lambda b: (-len(b.reports), building.index(b)))
            best.add(r)
        else:
            building.append(_Building(r))
    return [summarise(key, b.reports) for b in building]


def cluster_events(events: Iterable[Event], window_days: int = DEFAULT_WINDOW_DAYS,
                   count_tolerance: float = DEFAULT_COUNT_TOLERANCE) -> list[EventCluster]:
    groups: dict[tuple, list[Event]] = {}
    for e in events:
        if e.modality == "asserted":
            groups.setdefault(cluster_key(e), []).append(e)
    out: list[EventCluster] = []
    for key, group in groups.items():
        out.extend(cluster_group(key, group, window_days, count_tolerance))
    return sorted(out, key=lambda c: (_sortable(c.year), c.expelling_country or "", c.expelled_country or "",
                                      c.first_reported or "", c.cluster_id))
