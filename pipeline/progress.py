"""Progress a person can follow on a long run.

Beam's FnApiRunner (the local runner) runs the whole job inside `p.run()`:
there is no result, and so no `result.metrics()`, to poll until the job has
finished (measured with Beam 2.77: a 2 s job returned from `run()` after 2 s,
state DONE). So progress is reported from inside the job: `TrackProgress` is a
pass-through step that counts its elements with a Beam counter (namespace
`progress`, which every runner reports at the end) and with a per-process
tally that logs one line at most every `interval` seconds:

    12:00:10 INFO newsnorm.progress: records read 1,200 · articles processed 800 · events found 95 · dead letters 3

With several worker processes (`--direct_running_mode multi_processing`) each
worker logs its own share. `ProgressLog` is plain Python, tested without Beam.
"""
from __future__ import annotations

import logging
import threading
import time
from typing import Callable, Optional

import apache_beam as beam
from apache_beam.metrics import Metrics

LOG = logging.getLogger("newsnorm.progress")

# What the line shows, in order: tally name -> words.
SHOWN = (("records_read", "records read"), ("articles_processed", "articles processed"),
         ("events_found", "events found"), ("dead_letters", "dead letters"))
READ_STAGES = frozenset({"decode", "parse", "validate", "read"})


class ProgressLog:
    """A thread-safe tally that logs a line at most every `interval` seconds (0: never)."""

    def __init__(self, interval: float, clock: Callable[[], float] = time.monotonic,
                 emit: Optional[Callable[[str], None]] = None):
        self.interval = interval
        self.clock = clock
        self.emit = emit or LOG.info
        self.counts = {name: 0 for name, _ in SHOWN}
        self._lock = threading.Lock()
        self._last = clock()

    def add(self, **deltas: int) -> None:
        line = None
        with self._lock:
            for name, n in deltas.items():
                self.counts[name] = self.counts.get(name, 0) + n
            now = self.clock()
            if self.interval and now - self._last >= self.interval:
                self._last = now
                line = self.line()
        if line:
            self.emit(line)

    def line(self) -> str:
        return " · ".join(f"{words} {self.counts.get(name, 0):,}" for name, words in SHOWN)


_TALLIES: dict = {}
_TALLIES_LOCK = threading.Lock()


def tally(interval: float) -> ProgressLog:
    """The per-process tally (one per interval; shared by every progress step in the process)."""
    with _TALLIES_LOCK:
        if interval not in _TALLIES:
            _TALLIES[interval] = ProgressLog(interval)
        return _TALLIES[interval]


class TrackProgress(beam.DoFn):
    """Pass-through step: counts what flows by, for the progress line and Beam metrics.

    kind: `read` (parsed articles), `analysed` (AnalysedArticle: articles and
    their events) or `dead` (DeadLetter records; those of the read stages also
    count as records read).
    """

    def __init__(self, kind: str, interval: float = 10.0):
        if kind not in ("read", "analysed", "dead"):
            raise ValueError(f"unknown progress kind {kind!r}")
        self.kind = kind
        self.interval = interval
        self.counters = {name: Metrics.counter("progress", name) for name, _ in SHOWN}

    def setup(self):
        self.tally = tally(self.interval)

    def _add(self, **deltas):
        for name, n in deltas.items():
            if n:
                self.counters[name].inc(n)
        self.tally.add(**deltas)

    def process(self, element):
        if self.kind == "read":
            self._add(records_read=1)
        elif self.kind == "analysed":
            self._add(articles_processed=1, events_found=len(getattr(element, "events", ()) or ()))
        else:
            read = 1 if getattr(element, "stage", None) in READ_STAGES else 0
            self._add(dead_letters=1, records_read=read)
        yield element
