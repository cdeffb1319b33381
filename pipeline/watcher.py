"""A live local watched-folder run: a file's counts are on disk seconds after it lands.

    python -m pipeline.run --streaming --watch_folder incoming/ --output stream_out/ \\
        --watch_interval_seconds 5 --window_minutes 1440

Write each file under a temporary name (a leading dot, or .tmp/.part) and rename it
when complete. The run goes on until stopped (Ctrl-C, a kill, or
`--watch_stop_after_seconds`); started again on the same --output it continues
where it stopped: every file is processed exactly once across restarts.

How (Beam 2.77 has no local runner that fires windows as an unbounded source's
watermark advances without Prism, see ENGINEERING-NOTES): a loop looks at the folder
every `--watch_interval_seconds`; the files that appeared since (an arrival batch)
go through one bounded Beam job on the in-process FnApiRunner (`build_batch`): the
batch job's reader (transforms/read.py, duplicates within the batch dropped),
`DropSeen` (articles an earlier batch already processed, by id or text, become
`duplicate` dead letters), recognition, resolution, extraction, and the
articles/mentions/events/dead_letter tables of the batch. The spaCy model and the
gazetteer stay loaded between batches (`KeptLoader`). `pipeline/stream_state.py`
then merges the batch into the output and commits it together with the ledger of
processed files: one swap of the output folder.
"""
from __future__ import annotations

import logging
import os
import threading
import time
import uuid
from typing import NamedTuple, Optional

import apache_beam as beam
import pyarrow as pa
from apache_beam.metrics import Metrics
from apache_beam.options.pipeline_options import PipelineOptions

from pipeline import stream_state
from pipeline.loaders import CountryNames, GazetteerLoader, RecogniserLoader
from pipeline.options import NewsnormOptions, field_map
from transforms.records import Article, DeadLetter
from pipeline.folder_files import list_folder
from transforms.dedupe import text_key
from transforms.entities import ClusterUnknownEntities
from transforms.event_clusters import event_row
from transforms.extract import ExtractEvents
from transforms.read import ReadArticles
from transforms.recognise_step import RecogniseEntities
from transforms.resolve import ResolveEntities
from transforms.tables import article_row, dead_letter_row, mention_row, mentions_with_date
from pipeline.output_folder import clean_stale
from transforms.write import WriteTable

LOG = logging.getLogger("newsnorm")

_KEPT: dict = {}
_KEPT_LOCK = threading.RLock()   # re-entrant: the recogniser loader calls the gazetteer one


class KeptLoader:
    """A loader whose result stays loaded in this process between the watcher's bounded jobs.

    Each batch's job is a new pipeline, so Beam's `shared.Shared` handles (one per
    pipeline) would load the model again; this wrapper keeps the first result,
    keyed by an id that survives pickling (the in-process runner unpickles the
    DoFns in this same process)."""

    def __init__(self, loader):
        self.loader = loader
        self.key = uuid.uuid4().hex

    def __call__(self):
        with _KEPT_LOCK:
            if self.key not in _KEPT:
                _KEPT[self.key] = self.loader()
            return _KEPT[self.key]

    @property
    def packaged(self) -> bool:
        """The kept loader's `packaged` (pipeline.loaders.GazetteerLoader)."""
        return self.loader.packaged


class Loaders(NamedTuple):
    gazetteer: KeptLoader
    recogniser: KeptLoader
    country_name: CountryNames


def kept_loaders(opts: NewsnormOptions) -> Loaders:
    gaz = KeptLoader(GazetteerLoader(opts.gazetteer, opts.gazetteer_extra))
    return Loaders(gaz, KeptLoader(RecogniserLoader(opts.spacy_model, gaz, opts.batch_size)), CountryNames(gaz))


# ---------------------------------------------------------------------------
# One arrival batch as a bounded Beam job
# ---------------------------------------------------------------------------

def seen_verdict(article: Article, seen: dict) -> Optional[DeadLetter]:
    """A `duplicate` dead letter for an article an earlier batch processed (same id, or same text)."""
    for kind, key, what in (("id", article.article_id, f"id '{article.article_id}'"),
                            ("text", text_key(article.text), "text")):
        where = seen.get((kind, key))
        if where is not None:
            return DeadLetter(source=article.source_file, line=article.line, stage="duplicate",
                              error=f"duplicate {what}: kept {where} (an earlier batch)", record=article.text[:1000])
    return None


class _DropSeenFn(beam.DoFn):
    DUPLICATES = "duplicates"

    def __init__(self, seen: dict):
        self.seen = seen
        self.dropped = Metrics.counter("watch", "duplicates_of_earlier_batches")

    def process(self, article: Article):
        dead = seen_verdict(article, self.seen)
        if dead is None:
            yield article
        else:
            self.dropped.inc()
            yield beam.pvalue.TaggedOutput(self.DUPLICATES, dead)


def seen_row(a) -> dict:
    art = a.article
    return {"article_id": art.article_id, "text_key": text_key(art.text), "source_file": art.source_file,
            "line": art.line}


SEEN_SCHEMA = pa.schema([("article_id", pa.string()), ("text_key", pa.string()), ("source_file", pa.string()),
                         ("line", pa.int64())])


def _write_seen(batch_dir: str, rows) -> str:
    path = os.path.join(batch_dir, stream_state.SEEN, "part-00000.parquet")
    stream_state.write_parquet(path, sorted(rows, key=lambda r: r["article_id"]), SEEN_SCHEMA)
    return path


def build_batch(p: beam.Pipeline, opts: NewsnormOptions, files: list[str], seen: dict, batch_dir: str,
                loaders: Loaders) -> None:
    """Wire one arrival batch: the batch job's steps, writing the batch's tables into `batch_dir`."""
    read = p | "ReadArticles" >> ReadArticles(files, max_chars=opts.max_chars, input_format=opts.input_format,
                                              field_map=field_map(opts))
    fresh = read.articles | "DropSeen" >> beam.ParDo(_DropSeenFn(seen)).with_outputs(
        _DropSeenFn.DUPLICATES, main="articles")
    recognised = fresh.articles | "RecogniseEntities" >> RecogniseEntities(loaders.recogniser,
                                                                           batch_size=opts.batch_size)
    resolved = recognised.recognised | "ResolveEntities" >> ResolveEntities(loaders.gazetteer)
    extracted = resolved.analysed | "ExtractEvents" >> ExtractEvents()
    analysed = extracted.analysed
    mentions = (analysed | "Mentions" >> beam.FlatMap(mentions_with_date)
                | "ClusterUnknownEntities" >> ClusterUnknownEntities())
    dead = ((read.dead_letter, fresh[_DropSeenFn.DUPLICATES], recognised.dead_letter, resolved.dead_letter,
             extracted.dead_letter) | "AllDeadLetters" >> beam.Flatten())
    (analysed | "ArticleRows" >> beam.Map(article_row)
     | "WriteArticles" >> WriteTable("articles", batch_dir, "article_id", ("article_id",), 1))
    (mentions | "MentionRows" >> beam.MapTuple(lambda m, _: mention_row(m))
     | "WriteMentions" >> WriteTable("mentions", batch_dir, "article_id", ("article_id", "start_char", "end_char"), 1))
    (analysed | "Events" >> beam.FlatMap(lambda a: [event_row(e, None) for e in a.events])
     | "WriteEvents" >> WriteTable("events", batch_dir, "article_id", ("article_id", "start_char", "event_id"), 1))
    (dead | "DeadLetterRows" >> beam.Map(dead_letter_row)
     | "WriteDeadLetter" >> WriteTable("dead_letter", batch_dir, "source", ("source", "line", "stage"), 1))
    (analysed | "SeenRows" >> beam.Map(lambda a: (0, seen_row(a)))
     | "GroupSeen" >> beam.GroupByKey()
     | "WriteSeen" >> beam.MapTuple(lambda _, rows: _write_seen(batch_dir, rows)))


def ledger_entries(files: list[str], started: float) -> dict:
    """path -> its stamp (size, mtime) and when it landed (what a batch's latency is measured from):
    its status-change time (a rename or `mv` into the folder sets it, and keeps the mtime), or the
    run's start for a file that was already there."""
    entries = {}
    for path in files:
        stamp = stream_state.file_stamp(path)
        entries[path] = dict(stamp, landed=round(max(os.stat(path).st_ctime, started), 3))
    return entries


def run_batch(opts: NewsnormOptions, files: list[str], state: dict, loaders: Loaders, started: float) -> dict:
    """Process one arrival batch and commit it; the new state."""
    from pipeline.runners import beam_pipeline, in_process_runner
    output = opts.output.rstrip("/")
    entries = ledger_entries(files, started)
    staging = stream_state.new_staging(output)
    options = PipelineOptions([])   # in-process, one worker: the kept model is in this process
    with beam_pipeline(runner=in_process_runner(options), options=options) as p:
        build_batch(p, opts, files, stream_state.seen_keys(output), os.path.join(staging, "_batch"), loaders)
        p.run().wait_until_finish()
    return stream_state.commit_batch(output, staging, state, entries, opts.window_minutes * 60,
                                     opts.event_window_days, loaders.country_name, opts.retaliation_window_days)


# ---------------------------------------------------------------------------
# The loop
# ---------------------------------------------------------------------------

class WatchResult(NamedTuple):
    """What a finished (stopped) live run did; the same is in DIR/_stream.json."""
    batches: int          # batches committed by this run
    files: int            # files processed by this run
    state: dict           # the ledger


def run_watcher(opts: NewsnormOptions, stop: Optional[threading.Event] = None) -> WatchResult:
    """Watch the folder until `--watch_stop_after_seconds` (or `stop`); each arrival batch committed."""
    started = time.time()
    output = opts.output.rstrip("/")
    for done in clean_stale(output):   # what a killed run left beside the output
        LOG.info("%s", done)
    identity = stream_state.run_identity(opts.watch_folder, opts.window_minutes, opts.event_window_days)
    state = stream_state.open_output(output, identity, opts.overwrite)
    if state["batches"]:
        LOG.info("continuing %s: %d files already processed in %d batches", output, len(state["files"]),
                 state["batches"])
    loaders = kept_loaders(opts)
    t0 = time.monotonic()
    loaders.recogniser()   # load the model and the gazetteer now, not when the first file lands
    LOG.info("spaCy model and gazetteer loaded in %.1f s", time.monotonic() - t0)
    folder = os.path.realpath(opts.watch_folder)
    deadline = None if opts.watch_stop_after_seconds is None else time.monotonic() + opts.watch_stop_after_seconds
    LOG.info("watching %s every %g s; counts in %s", folder, opts.watch_interval_seconds, output)
    try:
        state, batches, files = _watch(opts, folder, output, state, loaders, started, deadline, stop)
    except KeyboardInterrupt:   # Ctrl-C: what is committed stays; an unfinished batch is redone next time
        LOG.info("interrupted")
        state = stream_state.read_state(output) or state
        batches = files = 0
    LOG.info("stopped watching; window counts in %s/window_counts (ledger: %s/%s)", output, output,
             stream_state.LEDGER)
    return WatchResult(batches, files, state)


def _watch(opts, folder, output, state, loaders, started, deadline, stop):
    batches = files = 0
    warned: set = set()
    while True:
        new = stream_state.arrivals(list_folder(folder), state, warned)
        if new:
            state = run_batch(opts, new, state, loaders, started)
            batches, files = batches + 1, files + len(new)
            worst = max(state["files"][f]["latency_s"] for f in new)
            LOG.info("batch %d: %d file(s) committed to %s; the slowest %.1f s after it landed",
                     state["batches"], len(new), output, worst)
        if (deadline is not None and time.monotonic() >= deadline) or (stop is not None and stop.is_set()):
            break
        wait = opts.watch_interval_seconds
        if deadline is not None:
            wait = max(0.0, min(wait, deadline - time.monotonic()))
        if stop is not None:
            stop.wait(wait)
        else:
            time.sleep(wait)
    LOG.info("%d files in %d batches this run", files, batches)
    return state, batches, files
