"""The newsnorm job: news records in; entities, expulsion events and per-country counts out.

Locally (DirectRunner, the default; never downloads Prism, see pipeline/runners.py):

    python -m pipeline.run --input data/sample_feed.jsonl.gz --output out/
    python -m pipeline.run --input 'dumps/*.jsonl.gz' --output out/ \\
        --direct_num_workers 2 --direct_running_mode multi_processing

On a cloud runner (see README, "Other runners"):

    python -m pipeline.run --runner DataflowRunner --project P --region R \\
        --temp_location gs://B/tmp --setup_file ./setup.py \\
        --input 'gs://B/feed/*.jsonl.gz' --output gs://B/newsnorm/out
"""
from __future__ import annotations

import logging
import sys

if __name__ == "__main__":   # `python -m pipeline.run`: the imports below made with the garbage collector paused, their
    import gc                # objects then frozen before it resumes (the end of this file); ~0.08 CPU s of the start-up
    gc.disable()
    from pipeline import local_workers   # a run in several processes: its workers start first, and import while
    local_workers.start_early(sys.argv[1:])   # this process imports and builds the graph (pipeline/local_workers.py)

from pipeline import logging_setup

logging_setup.silence_import_noise()   # before Beam's import-time warnings
import apache_beam as beam  # noqa: E402
from apache_beam.options.pipeline_options import SetupOptions, StandardOptions

from pipeline.beam_signatures import remember_signatures
from pipeline.finish import finish_run
from pipeline import local_workers
from pipeline.loaders import CountryNames, GazetteerLoader, ParserLoader, RecogniserLoader, long_lived
from pipeline.output_folder import (OutputInUse, check_output, claim_streaming_output, clean_stale, discard_staging,
                                    empty_run_refusal, make_staging, new_run_id, publish, staging_dir_for)
from pipeline.options import JobOptions, NewsnormOptions, check_options, field_map, validate
from pipeline.progress import TrackProgress
from pipeline.reconcile import ReconciliationError
from pipeline.runners import DASK, beam_pipeline, graph_problems, is_local, runner_for, runner_name, validate_runner
from transforms.aggregate import CountryCounts
from transforms.analyse_step import AnalyseArticles
from transforms.event_clusters import AttachClusterIds, ClusterEvents, cluster_row
from transforms.inputs import NoInputFiles, resolve_inputs
from transforms.read import ReadArticles
from transforms.retaliation import LinkRetaliations
from transforms.entities import ClusterUnknownEntities, EntityTable
from transforms.tables import article_row, dead_letter_row, mention_row, mentions_with_date
from transforms.write import WriteTable
from transforms.write_tables import TableParts, TableSpec, WriteTables

LOG = logging.getLogger("newsnorm")
# the step whose workers load the models (transforms/analyse_step.py): with workers started early, the steps before
# it run in the launching process while they load (pipeline/local_workers.py)
LOADS_MODELS = "AnalyseArticles/Analyse"


def build_pipeline(p: beam.Pipeline, opts: NewsnormOptions, staging_dir: str, stream: bool = True) -> None:
    """Wire the job's steps; every step has a stable label.

    `stream`: write the per-record tables (articles, mentions, events, dead_letter)
    as their rows are made (transforms/stream_write.py), so memory does not grow
    with the input, and finish every table through one grouping keyed by the table
    (transforms/write_tables.py). Runners that drop what `finish_bundle` emits (Dask)
    need `stream=False`: every table is then grouped by shard and written (transforms/write.py).
    """
    gaz = GazetteerLoader(opts.gazetteer, opts.gazetteer_extra)   # one per job: one gazetteer per worker process
    read = p | "ReadArticles" >> ReadArticles(opts.input, max_chars=opts.max_chars,
                                              input_format=opts.input_format, field_map=field_map(opts),
                                              match_now=is_local(opts), dead_letter_parts=True)
    every = opts.progress_interval   # progress lines (pipeline/progress.py) and `progress` counters
    articles = read.articles | "ProgressRead" >> beam.ParDo(TrackProgress("read", every))
    # recognise, resolve and extract a batch of articles in one step (the parse asked once per batch)
    analysis = articles | "AnalyseArticles" >> AnalyseArticles(
        RecogniserLoader(opts.spacy_model, gaz, opts.batch_size), gaz, ParserLoader(opts.spacy_model),
        batch_size=opts.batch_size)
    analysed = analysis.analysed | "ProgressAnalysed" >> beam.ParDo(TrackProgress("analysed", every))

    # streamed: (known, clustered) mentions, each written and summarised where it is made
    mentions = (analysed | "Mentions" >> beam.FlatMap(mentions_with_date)
                | "ClusterUnknownEntities" >> ClusterUnknownEntities(split=stream))
    # the known mentions carry the gazetteer's ids, the clustered ones "nn:" ids: no id in both
    entities = mentions | "EntityTable" >> EntityTable(disjoint_ids=True)
    events = analysed | "Events" >> beam.FlatMap(lambda a: a.events)
    clusters = events | "ClusterEvents" >> ClusterEvents(opts.event_window_days,
                                                                split=getattr(opts, "event_cluster_split", "none"))
    counts = clusters | "CountryCounts" >> CountryCounts(CountryNames(gaz))
    dead_letters = (*read.dead_letter, analysis.dead_letter)   # unreadable or invalid, duplicates, failed analysis
    if stream:
        dead = tuple(d | f"ProgressDead{i or ''}" >> beam.ParDo(TrackProgress("dead", every))
                     for i, d in enumerate(dead_letters))
    else:
        dead = (dead_letters | "AllDeadLetters" >> beam.Flatten()
                | "ProgressDead" >> beam.ParDo(TrackProgress("dead", every)))

    def rows(pcolls, label, fn):
        """fn over one PCollection or each of several."""
        if isinstance(pcolls, tuple):
            return tuple(pc | f"{label}{i or ''}" >> fn for i, pc in enumerate(pcolls))
        return pcolls | label >> fn

    shards, per_file = opts.output_shards, opts.rows_per_file
    specs = (
        TableSpec("articles", "article_id", ("article_id",), shards, rows_per_file=per_file, streamed=True),
        TableSpec("mentions", "article_id", ("article_id", "start_char", "end_char"), shards, rows_per_file=per_file,
                  streamed=True),
        TableSpec("entities", "entity_id", ("entity_id",), shards),
        TableSpec("events", "article_id", ("article_id", "start_char", "event_id"), shards,
                  partition_by="event_year", rows_per_file=per_file, streamed=True),
        TableSpec("country_counts", "country_code", ("year", "country_code", "role"), 1, partition_by="year"),
        TableSpec("event_clusters", "cluster_id", ("year", "expelling_country", "expelled_country", "cluster_id"), 1),
        TableSpec("dead_letter", "source", ("source", "line", "stage"), 1, rows_per_file=per_file, streamed=True),
    )
    tables = {   # each table's rows: one PCollection, or several (written where each is made)
        "articles": analysed | "ArticleRows" >> beam.Map(article_row),
        "mentions": rows(mentions, "MentionRows", beam.MapTuple(lambda m, _: mention_row(m))),
        "entities": entities,
        "events": (events, clusters) | "EventRows" >> AttachClusterIds(),
        "country_counts": counts,
        "event_clusters": (clusters | "LinkRetaliations" >> LinkRetaliations(opts.retaliation_window_days)
                           | "EventClusterRows" >> beam.Map(cluster_row)),
        "dead_letter": rows(dead, "DeadLetterRows", beam.Map(dead_letter_row)),
    }
    labels = {"articles": "WriteArticles", "mentions": "WriteMentions", "entities": "WriteEntities",
              "events": "WriteEvents", "country_counts": "WriteCountryCounts", "event_clusters": "WriteEventClusters",
              "dead_letter": "WriteDeadLetter"}
    if stream:   # every table finished through one grouping (transforms/write_tables.py): few steps after the analysis
        parts = [part for spec in specs
                 for part in tables[spec.name] | labels[spec.name] >> TableParts(spec, staging_dir)]
        tuple(parts) | "WriteTables" >> WriteTables(specs, staging_dir)   # the graph's one leaf; logs each table's files
        return
    written = []   # Dask: a grouping per table, each written inside `process` (transforms/write.py)
    for spec in specs:
        pcolls = tables[spec.name]
        if isinstance(pcolls, tuple):
            pcolls = pcolls | f"{labels[spec.name]}Inputs" >> beam.Flatten()
        written.append(pcolls | labels[spec.name] >> WriteTable(
            spec.name, staging_dir, spec.key_field, spec.sort_keys, spec.num_shards,
            partition_by=spec.partition_by, rows_per_file=spec.rows_per_file))
    # One leaf for the whole graph: DaskRunner computes only the last leaf.
    (tuple(written) | "AllFiles" >> beam.Flatten()
     | "CountFiles" >> beam.combiners.Count.Globally()
     | "LogFiles" >> beam.Map(lambda n: LOG.info("wrote %d Parquet files", n)))

class OptionsError(ValueError):
    """Bad command-line options; the message is one line for the user."""


def run(argv=None, save_main_session: bool = False):
    remember_signatures()   # Beam reads each DoFn's methods' signatures again and again: once each
    options = JobOptions(argv)   # each view of the options made once (Beam asks for one per step)
    opts = options.view_as(NewsnormOptions)
    problems = validate(opts)
    if not problems and options.view_as(StandardOptions).streaming:
        # the event-driven job (pipeline/streaming.py): windowed counts written pane by pane into --output
        from pipeline.streaming import run_streaming, streaming_problems
        problems = streaming_problems(options, opts)
        if problems:
            raise OptionsError("; ".join(problems))
        if not (is_local(options) and opts.watch_folder):   # (a local live run keeps its own ledger)
            try:   # windows of another run are never mixed in: refused, or cleared with --overwrite
                claim_streaming_output(opts.output, opts.overwrite, [opts.watch_folder] if opts.watch_folder else [])
            except OutputInUse as e:
                raise OptionsError(str(e)) from None
        return run_streaming(options, opts)
    if not problems:
        problems = validate_runner(options, opts.input, opts.output)
    if problems:
        raise OptionsError("; ".join(problems))
    try:
        if is_local(options):   # an input matching no file is an error, not a run that reads nothing
            resolve_inputs(opts.input)
        check_output(opts.output, opts.overwrite, opts.input or ())   # never replace what is not ours
    except (NoInputFiles, OutputInUse) as e:
        raise OptionsError(str(e)) from None
    for done in clean_stale(opts.output):   # what a killed run left beside the output (marked as ours)
        LOG.info("%s", done)
    options.view_as(SetupOptions).save_main_session = save_main_session
    run_id = new_run_id()
    staging = staging_dir_for(opts.output, run_id)
    runner = runner_for(options, ahead_of=LOADS_MODELS)
    with beam_pipeline(runner=runner, options=options) as p:
        build_pipeline(p, opts, staging, stream=runner_name(options) != DASK)   # Dask drops finish_bundle output
        problems = graph_problems(p, options)   # e.g. DaskRunner steps that would silently lose data
        if problems:
            raise OptionsError("; ".join(problems))
        try:
            make_staging(opts.output, run_id)   # the run's own folder, marked with its id
        except OutputInUse as e:
            raise OptionsError(str(e)) from None
        result = p.run()
        result.wait_until_finish()
    refusal = empty_run_refusal(staging, opts.output, opts.allow_empty)   # 0 records never replace rows
    if refusal:
        discard_staging(staging)
        raise OptionsError(refusal)
    # processed + dead-lettered + duplicates = records read, else nothing is published; summary.json, report/
    reconciliation, summary = finish_run(result, staging, opts.output, report=not opts.no_report)
    publish(staging, opts.output, summary={"reconciliation": reconciliation})
    LOG.info("output written to %s", opts.output)
    print(summary, flush=True)
    return result


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        verbose = check_options(argv)   # --help, and bad values as one line (exit 2)
        logging_setup.configure(verbose)
        run(argv)
    except OptionsError as e:
        print(f"newsnorm: {e}", file=sys.stderr)
        return 2
    except ReconciliationError as e:
        print(f"newsnorm: error: {e}", file=sys.stderr)
        return 1
    finally:
        local_workers.discard()   # the workers started early (start_early above) that no runner took
    return 0


if __name__ == "__main__":
    # the modules imported so far live as long as the job's process: out of the garbage collector's sight, so
    # that the full collections set off by building the graph and loading spaCy do not walk them again and again
    # (only here: a caller of `main` in a longer-lived process, a test, keeps its collector as it was)
    long_lived(sys.modules)
    gc.enable()
    sys.exit(main())
