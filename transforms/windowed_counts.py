"""Per-window country counts of a streaming job, written pane by pane.

Asserted events, timestamped with their article's `published_at`, go into
fixed event-time windows (`--window_minutes`). A window fires when the
watermark passes its end (an ON_TIME pane), then once more for every late
event that arrives within `--allowed_lateness_minutes` (a LATE pane); events
later than that are dropped by the runner. Panes ACCUMULATE: every pane
restates the window's full totals, not a delta, so a reader keeps the latest
pane of each window (`pane` is its index) and never adds panes up. Accumulating
is what makes a late pane safe to read on its own, and the totals cannot be
sums of deltas anyway: within a window, reports of one expulsion are clustered
(transforms/event_clusters.py) so it counts once, and a late report can join
an existing cluster instead of adding a new one.

The window is the time: rows carry no year. An expulsion reported in two
windows counts in both (clustering works within a window).

Plain, Beam-free cores: `window_totals()` (events of one window -> totals per
country and role), `window_rows()` (one pane -> table rows) and `pane_path()`.
`WindowedCountryCounts` wires them; `WritePanes` writes each pane as one
Parquet file inside `process()` (retry-safe: a pane's path is fixed by its
window and index, and the file appears by an atomic rename).
"""
from __future__ import annotations

import uuid
from datetime import datetime, timezone
from typing import Callable, Iterable, NamedTuple, Optional

import apache_beam as beam
import pyarrow.parquet as pq
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics
from apache_beam.transforms import trigger, window
from apache_beam.utils.timestamp import Timestamp

from transforms.records import Event
from transforms.schemas import WINDOW_COUNTS
from transforms.aggregate import CountryTotals, Totals, count_keys
from transforms.event_clusters import DEFAULT_WINDOW_DAYS, cluster_events
from transforms.write import COMPRESSION, _ensure_dir, to_table

TABLE = "window_counts"
TIMING_NAMES = {0: "EARLY", 1: "ON_TIME", 2: "LATE", 3: "UNKNOWN"}   # beam.utils.windowed_value.PaneInfoTiming


class WindowPane(NamedTuple):
    """One firing of one window: the window's full totals so far (accumulating)."""
    window_start: datetime
    window_end: datetime
    timing: str          # EARLY | ON_TIME | LATE | UNKNOWN
    index: int           # 0 for the window's first pane, then 1, 2, ...
    rows: tuple          # tuple[dict, ...] matching transforms.schemas.WINDOW_COUNTS


def window_totals(events: Iterable[Event], event_window_days: int = DEFAULT_WINDOW_DAYS) -> dict[tuple, Totals]:
    """(country_code, role) -> Totals over the real expulsions (clusters) the window's asserted events tell."""
    totals: dict = {}     # (country_code, role) -> CountryTotals accumulator
    fn = CountryTotals()
    for cluster in cluster_events(events, event_window_days):
        for (_year, code, role), c in count_keys(cluster):
            totals[(code, role)] = fn.add_input(totals.get((code, role)) or fn.create_accumulator(), c)
    return {key: fn.extract_output(acc) for key, acc in totals.items()}


def _utc(ts: Timestamp) -> datetime:
    return datetime.fromtimestamp(ts.micros / 1e6, tz=timezone.utc)


def window_rows(start: datetime, end: datetime, timing: str, index: int, totals: dict[tuple, Totals],
                country_name: Callable[[str], Optional[str]]) -> tuple:
    """One pane's rows, sorted by role then country."""
    return tuple(
        {"window_start": start, "window_end": end, "pane": index, "pane_timing": timing,
         "country_code": code, "country_name": country_name(code), "role": role,
         "diplomats": t.diplomats, "events": t.events, "articles": len(t.articles),
         "events_without_count": t.events_without_count, "reports": t.reports}
        for (code, role), t in sorted(totals.items(), key=lambda kv: (kv[0][1], kv[0][0])))


def window_folder(start: datetime) -> str:
    """window_counts/2022-04-05T0000: one folder per window. No `name=value` folder: `window_start`
    is a timestamp in the files, and a Hive reader would type the folder's value as a string."""
    return f"{TABLE}/{start:%Y-%m-%dT%H%M}"


def pane_path(output: str, start: datetime, index: int) -> str:
    """DIR/window_counts/YYYY-MM-DDTHHMM/pane-NNNNN.parquet (fixed per pane)."""
    return FileSystems.join(output, window_folder(start), f"pane-{index:05d}.parquet")


class _WindowEventsFn(beam.CombineFn):
    """Accumulates a window's asserted events (by id: a redelivered event counts once)."""

    def __init__(self, event_window_days: int):
        self.event_window_days = event_window_days

    def create_accumulator(self):
        return {}

    def add_input(self, acc, event):
        acc[event.event_id] = event
        return acc

    def merge_accumulators(self, accs):
        merged = {}
        for a in accs:
            merged.update(a)
        return merged

    def extract_output(self, acc):
        return window_totals(acc.values(), self.event_window_days)


class _PaneFn(beam.DoFn):
    def __init__(self, country_name):
        self.country_name = country_name
        self.panes = Metrics.counter("streaming", "panes")
        self.late_panes = Metrics.counter("streaming", "late_panes")

    def process(self, keyed, w=beam.DoFn.WindowParam, pane=beam.DoFn.PaneInfoParam):
        _, totals = keyed
        timing = TIMING_NAMES.get(pane.timing, "UNKNOWN")
        self.panes.inc()
        if timing == "LATE":
            self.late_panes.inc()
        start, end = _utc(w.start), _utc(w.end)
        yield WindowPane(start, end, timing, pane.index, window_rows(start, end, timing, pane.index, totals,
                                                                     self.country_name))


class WindowedCountryCounts(beam.PTransform):
    """Timestamped asserted events -> one `WindowPane` per firing of each event-time window."""

    def __init__(self, window_minutes: int, allowed_lateness_minutes: int,
                 country_name: Callable[[str], Optional[str]], event_window_days: int = DEFAULT_WINDOW_DAYS):
        super().__init__()
        self.window_seconds = window_minutes * 60
        self.lateness_seconds = allowed_lateness_minutes * 60
        self.country_name = country_name
        self.event_window_days = event_window_days

    def expand(self, events):
        return (
            events
            | "FixedWindows" >> beam.WindowInto(
                window.FixedWindows(self.window_seconds),
                trigger=trigger.AfterWatermark(late=trigger.AfterCount(1)),
                accumulation_mode=trigger.AccumulationMode.ACCUMULATING,
                allowed_lateness=self.lateness_seconds)
            | "OneKeyPerWindow" >> beam.Map(lambda e: ("", e))   # a window's counts are small: one table
            | "ClusterAndCount" >> beam.CombinePerKey(_WindowEventsFn(self.event_window_days))
            | "PaneRows" >> beam.ParDo(_PaneFn(self.country_name))
        )


def write_pane(output: str, pane: WindowPane) -> str:
    """Write one pane as a Parquet file; a temp name and a rename, so readers never see half a file."""
    path = pane_path(output, pane.window_start, pane.index)
    _ensure_dir(path)
    folder, name = path.rsplit("/", 1)
    tmp = f"{folder}/.{name}.{uuid.uuid4().hex[:8]}.tmp"
    with FileSystems.create(tmp) as f:
        pq.write_table(to_table(list(pane.rows), WINDOW_COUNTS), f, compression=COMPRESSION)
    if FileSystems.exists(path):   # a retried pane: same window, same index, same rows
        FileSystems.delete([path])
    FileSystems.rename([tmp], [path])
    return path


class WritePanes(beam.PTransform):
    """`WindowPane`s -> the paths written (one Parquet file per pane, inside process())."""

    def __init__(self, output: str):
        super().__init__()
        self.output = output

    def expand(self, panes):
        output = self.output
        return panes | "WritePaneFile" >> beam.Map(lambda pane: write_pane(output, pane))
