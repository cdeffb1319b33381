"""The event-driven newsnorm job on a streaming runner: an unbounded feed in, per-window counts out.

On Dataflow, a Pub/Sub topic or subscription whose messages are JSON article records:

    python -m pipeline.run --streaming --runner DataflowRunner --project P --region R \\
        --temp_location gs://B/tmp --setup_file ./setup.py \\
        --input_subscription projects/P/subscriptions/articles --output gs://B/newsnorm/stream

or a watched folder there (`--watch_folder gs://B/incoming/`: new files read once each, by
path). Locally, `--streaming --watch_folder DIR` is the live run of pipeline/watcher.py
(bounded jobs per arrival batch; Beam 2.77 has no offline local runner for this graph: the
BundleBasedDirectRunner runs TestStream but not PeriodicImpulse).

Steps: source (the folder's files are read by transforms/read.py's `ReadFileRecords`) ->
ParseRecords (transforms/read.py's `parse_record`) -> EventTime (each article is stamped
with its `published_at`; an article without a usable date cannot be placed in an
event-time window and becomes a dead letter at stage `event_time`) -> RecogniseEntities /
ResolveEntities / ExtractEvents (the batch job's work as three steps, which it runs as one,
transforms/analyse_step.py; recognition batches with BatchElements, see transforms/batching.py) -> AssertedEvents (stamped again with the article's time:
BatchElements re-stamps its batches at the end of the global window) ->
WindowedCountryCounts -> WritePanes (transforms/windowed_counts.py:
DIR/window_counts/YYYY-MM-DDTHHMM/pane-NNNNN.parquet). Dead letters of every step are
counted (`streaming/dead_letters_<stage>`) and logged, one line each; this job writes only
`window_counts`. Early and late panes are tested with TestStream. Pub/Sub needs
`apache-beam[gcp]`; deduplication of redelivered messages is Pub/Sub's and Dataflow's (an
article delivered twice within a window is one report, by event id).
"""
from __future__ import annotations

import logging
import os
import time
from typing import NamedTuple, Optional

import apache_beam as beam
from apache_beam.coders import BooleanCoder
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions
from apache_beam.transforms import window
from apache_beam.transforms.userstate import ReadModifyWriteStateSpec
from apache_beam.utils.timestamp import MAX_TIMESTAMP

from gazetteer.dates import utc_datetime
from pipeline.folder_files import list_folder
from pipeline.loaders import CountryNames, GazetteerLoader, ParserLoader, RecogniserLoader
from pipeline.options import NewsnormOptions, field_map
from transforms.records import AnalysedArticle, Article, DeadLetter
from transforms.extract import ExtractEvents
from transforms.read import ReadFileRecords, parse_record
from transforms.recognise_step import RecogniseEntities
from transforms.resolve import ResolveEntities
from transforms.windowed_counts import WindowedCountryCounts, WritePanes

LOG = logging.getLogger("newsnorm")

DEAD_LETTER = "dead_letter"


# ---------------------------------------------------------------------------
# Plain functions
# ---------------------------------------------------------------------------

def first_sightings(paths, seen: set) -> list:
    """The paths not in `seen`, each once, in order; adds them to `seen` (what EachFileOnce does per key)."""
    new = []
    for path in paths:
        if path not in seen:
            seen.add(path)
            new.append(path)
    return new


def event_seconds(published_at: Optional[str]) -> Optional[float]:
    """Event time (seconds since the epoch) of a normalised `published_at` (YYYY-MM-DDTHH:MM:SSZ)."""
    ts = utc_datetime(published_at)
    return None if ts is None else ts.timestamp()


# ---------------------------------------------------------------------------
# Sources: each gives (source, record number, raw record) tuples
# ---------------------------------------------------------------------------

class _FirstSightingFn(beam.DoFn):
    """Keyed by path: passes each path on the first time it is seen (the folder is listed on every poll)."""
    SEEN = ReadModifyWriteStateSpec("seen", BooleanCoder())

    def __init__(self):
        self.files = Metrics.counter("streaming", "files")

    def process(self, keyed, seen=beam.DoFn.StateParam(SEEN)):
        path, _ = keyed
        if not seen.read():
            seen.write(True)
            self.files.inc()
            yield path


class WatchFolder(beam.PTransform):
    """New files in a folder -> their records, each file read once (deduplicated by path).

    Polls every `interval_seconds` (PeriodicImpulse), until `stop_after_seconds` from now
    (None: forever). A file is read when first seen: write a file under a temporary name
    (a leading dot, or .tmp/.part) and rename it when complete; a file that changes after
    it was read is not read again.
    """

    def __init__(self, folder: str, interval_seconds: float, stop_after_seconds: Optional[float],
                 input_format: Optional[str], max_chars: int):
        super().__init__()
        self.folder = folder
        self.interval = interval_seconds
        self.stop_after = stop_after_seconds
        self.input_format = None if input_format in (None, "auto") else input_format
        self.max_chars = max_chars

    def expand(self, pbegin):
        from apache_beam.transforms.periodicsequence import PeriodicImpulse
        start = time.time()
        stop = MAX_TIMESTAMP if self.stop_after is None else start + self.stop_after
        folder = self.folder
        return (
            pbegin
            | "PollFolder" >> PeriodicImpulse(start_timestamp=start, stop_timestamp=stop,
                                              fire_interval=self.interval)
            | "ListFolder" >> beam.FlatMap(lambda _: list_folder(folder))
            | "KeyByPath" >> beam.Map(lambda path: (path, None))
            | "EachFileOnce" >> beam.ParDo(_FirstSightingFn())
            | "ReadRecords" >> beam.ParDo(ReadFileRecords(self.input_format, self.max_chars))
        )


class ReadPubSub(beam.PTransform):
    """Pub/Sub messages (JSON article records) -> (source, 0, payload bytes)."""

    def __init__(self, topic: Optional[str], subscription: Optional[str]):
        super().__init__()
        self.topic = topic
        self.subscription = subscription

    def expand(self, pbegin):
        source = f"pubsub:{self.subscription or self.topic}"
        return (
            pbegin
            | "ReadFromPubSub" >> beam.io.ReadFromPubSub(topic=self.topic, subscription=self.subscription)
            | "AsRecords" >> beam.Map(lambda payload: (source, 0, payload))
        )


# ---------------------------------------------------------------------------
# Records -> timestamped articles
# ---------------------------------------------------------------------------

class _ParseAtEventTimeFn(beam.DoFn):
    """(source, number, raw) -> Article stamped with its published_at, or a dead letter."""

    def __init__(self, max_chars: int, field_map: dict):
        self.max_chars = max_chars
        self.field_map = dict(field_map)
        self.articles = Metrics.counter("streaming", "articles")

    def process(self, numbered):
        source, number, raw = numbered
        result = parse_record(raw, source, number, self.max_chars, self.field_map)
        if isinstance(result, DeadLetter):
            yield beam.pvalue.TaggedOutput(DEAD_LETTER, result)
            return
        seconds = event_seconds(result.published_at)
        if seconds is None:
            yield beam.pvalue.TaggedOutput(DEAD_LETTER, DeadLetter(
                source, number, "event_time", "no usable published_at: the article has no event time",
                result.text[:1000]))
            return
        self.articles.inc()
        yield window.TimestampedValue(result, seconds)


def asserted_events(analysed: AnalysedArticle):
    """An article's asserted events, each stamped with the article's event time."""
    seconds = event_seconds(analysed.article.published_at)
    for e in analysed.events:
        if e.modality == "asserted" and seconds is not None:
            yield window.TimestampedValue(e, seconds)


class _LogDeadLetterFn(beam.DoFn):
    def process(self, d: DeadLetter):
        Metrics.counter("streaming", f"dead_letters_{d.stage}").inc()
        LOG.warning("dead letter: %s:%d stage %s: %s", d.source, d.line, d.stage, d.error)
        yield d


class StreamingResult(NamedTuple):
    panes: beam.pvalue.PCollection        # WindowPane
    written: beam.pvalue.PCollection      # paths of the pane files
    dead_letter: beam.pvalue.PCollection  # DeadLetter (logged and counted)


def source_for(opts: NewsnormOptions) -> beam.PTransform:
    if opts.watch_folder:
        return WatchFolder(opts.watch_folder, opts.watch_interval_seconds, opts.watch_stop_after_seconds,
                           opts.input_format, opts.max_chars)
    return ReadPubSub(opts.input_topic, opts.input_subscription)


def build_streaming_pipeline(p: beam.Pipeline, opts: NewsnormOptions, records=None) -> StreamingResult:
    """Wire the streaming job; `records` (a PTransform giving (source, number, raw) tuples, e.g. a
    TestStream) replaces the source the options name."""
    gaz = GazetteerLoader(opts.gazetteer, opts.gazetteer_extra)
    raw = p | "ReadFeed" >> (records if records is not None else source_for(opts))
    parsed = raw | "ParseRecords" >> beam.ParDo(_ParseAtEventTimeFn(opts.max_chars, field_map(opts))).with_outputs(
        DEAD_LETTER, main="articles")
    recognised = parsed.articles | "RecogniseEntities" >> RecogniseEntities(
        RecogniserLoader(opts.spacy_model, gaz, opts.batch_size), batch_size=opts.batch_size, streaming=True)
    resolved = recognised.recognised | "ResolveEntities" >> ResolveEntities(gaz)
    extracted = resolved.analysed | "ExtractEvents" >> ExtractEvents(ParserLoader(opts.spacy_model))
    events = extracted.analysed | "AssertedEvents" >> beam.FlatMap(asserted_events)
    panes = events | "WindowedCountryCounts" >> WindowedCountryCounts(
        opts.window_minutes, opts.allowed_lateness_minutes, CountryNames(gaz), opts.event_window_days)
    written = panes | "WritePanes" >> WritePanes(opts.output)
    dead = ((parsed[DEAD_LETTER], recognised.dead_letter, resolved.dead_letter, extracted.dead_letter)
            | "AllDeadLetters" >> beam.Flatten()
            | "LogDeadLetters" >> beam.ParDo(_LogDeadLetterFn()))
    return StreamingResult(panes, written, dead)


# ---------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------

def streaming_problems(options: PipelineOptions, opts: NewsnormOptions) -> list[str]:
    """What the streaming job refuses before it starts (one line each)."""
    from pipeline.runners import is_local, validate_runner
    problems = validate_runner(options, [opts.watch_folder] if opts.watch_folder else [], opts.output)
    if is_local(options) and opts.watch_folder:   # the live run of pipeline/watcher.py
        from pipeline.stream_state import output_problem, run_identity
        problem = output_problem(opts.output, run_identity(opts.watch_folder, opts.window_minutes,
                                                           opts.event_window_days), opts.overwrite)
        if problem:
            problems.append(problem)
    if is_local(options) and not opts.watch_folder:
        problems.append("Pub/Sub input (--input_topic/--input_subscription) needs a streaming runner such as "
                        "DataflowRunner; locally use --watch_folder")
    if opts.input_topic or opts.input_subscription:
        from apache_beam.io.gcp import pubsub
        flag, name = (("--input_topic", opts.input_topic) if opts.input_topic
                      else ("--input_subscription", opts.input_subscription))
        try:
            (pubsub.parse_topic if opts.input_topic else pubsub.parse_subscription)(name)
        except ValueError as e:
            problems.append(f"{flag}: {e}")
    if opts.watch_folder and "://" not in opts.watch_folder and not os.path.isdir(opts.watch_folder):
        problems.append(f"--watch_folder {opts.watch_folder!r} is not a folder")
    return problems


def streaming_runner(options: PipelineOptions):
    """The runner for a streaming job: the in-process FnApiRunner for a local watched folder
    (the BundleBasedDirectRunner cannot run PeriodicImpulse), else what pipeline.runners picks."""
    from pipeline.runners import in_process_runner, is_local, runner_for
    if not is_local(options):
        return runner_for(options)
    return in_process_runner(options)


def run_streaming(options: PipelineOptions, opts: NewsnormOptions):
    """Run the streaming job; pane files go straight into --output (there is nothing to publish
    at the end of an unbounded run). `streaming_problems()` first. A local watched folder is
    the live run of pipeline/watcher.py (returns its `WatchResult`)."""
    from pipeline.runners import beam_pipeline, is_local
    if is_local(options) and opts.watch_folder:
        from pipeline.watcher import run_watcher
        return run_watcher(opts)
    options.view_as(StandardOptions).streaming = True
    with beam_pipeline(runner=streaming_runner(options), options=options) as p:
        result = build_streaming_pipeline(p, opts)
        (result.written | "CountPaneFiles" >> beam.Map(lambda path: LOG.info("wrote %s", path)))
        run_result = p.run()
        run_result.wait_until_finish()
    LOG.info("streaming run finished; window counts in %s", FileSystems.join(opts.output, "window_counts"))
    return run_result
