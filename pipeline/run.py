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
from typing import Optional

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions, SetupOptions

from pipeline.options import NewsnormOptions
from pipeline.runners import local_runner
from transforms.aggregate import CountryCounts
from transforms.extract import ExtractEvents
from transforms.read import ReadArticles
from transforms.recognise import EntityRecogniser, RecogniseEntities, load_spacy_model
from transforms.resolve import ResolveEntities
from transforms.tables import article_row, dead_letter_row, event_rows, mention_rows
from transforms.write import WriteTable, publish, staging_dir_for

LOG = logging.getLogger("newsnorm")


class GazetteerLoader:
    """Picklable factory: loads the gazetteer on a worker (once, via shared.Shared)."""

    def __init__(self, path: Optional[str] = None, extra_csv: Optional[str] = None):
        self.path = path
        self.extra_csv = extra_csv

    def __call__(self):
        from gazetteer.store import load_gazetteer
        return load_gazetteer(self.path, self.extra_csv)


class RecogniserLoader:
    """Picklable factory: the spaCy pipeline plus the gazetteer's phrases, built on a worker."""

    def __init__(self, spacy_model: Optional[str], gazetteer_loader: GazetteerLoader, batch_size: int):
        self.spacy_model = spacy_model
        self.gazetteer_loader = gazetteer_loader
        self.batch_size = batch_size

    def __call__(self) -> EntityRecogniser:
        from gazetteer.phrases import phrases_by_label
        gaz = self.gazetteer_loader()
        return EntityRecogniser(load_spacy_model(self.spacy_model), phrases_by_label(gaz.entities),
                                batch_size=self.batch_size)


class CountryNames:
    """Picklable country-code -> name lookup, loaded lazily on the worker."""

    def __init__(self, gazetteer_loader: GazetteerLoader):
        self.gazetteer_loader = gazetteer_loader
        self._names = None

    def __call__(self, code: str) -> Optional[str]:
        if self._names is None:
            gaz = self.gazetteer_loader()
            self._names = {e.country_code: e.canonical_name for e in gaz.entities
                           if e.entity_type == "COUNTRY" and e.country_code}
        return self._names.get(code)

    def __getstate__(self):
        return {"gazetteer_loader": self.gazetteer_loader, "_names": None}


def build_pipeline(p: beam.Pipeline, opts: NewsnormOptions, staging_dir: str) -> None:
    """Wire the job's steps; every step has a stable label."""
    gaz = GazetteerLoader(opts.gazetteer, opts.gazetteer_extra)
    read = p | "ReadArticles" >> ReadArticles(opts.input, max_chars=opts.max_chars)
    recognised = read.articles | "RecogniseEntities" >> RecogniseEntities(
        RecogniserLoader(opts.spacy_model, gaz, opts.batch_size), batch_size=opts.batch_size)
    resolved = recognised.recognised | "ResolveEntities" >> ResolveEntities(gaz)
    extracted = resolved.analysed | "ExtractEvents" >> ExtractEvents()
    analysed = extracted.analysed

    events = analysed | "Events" >> beam.FlatMap(lambda a: a.events)
    counts = events | "CountryCounts" >> CountryCounts(CountryNames(gaz))
    dead = ((read.dead_letter, recognised.dead_letter, resolved.dead_letter, extracted.dead_letter)
            | "AllDeadLetters" >> beam.Flatten())

    shards = opts.output_shards
    written = [
        analysed | "ArticleRows" >> beam.Map(article_row)
        | "WriteArticles" >> WriteTable("articles", staging_dir, "article_id", ("article_id",), shards),
        analysed | "MentionRows" >> beam.FlatMap(mention_rows)
        | "WriteMentions" >> WriteTable("mentions", staging_dir, "article_id", ("article_id", "start_char", "end_char"), shards),
        analysed | "EventRows" >> beam.FlatMap(event_rows)
        | "WriteEvents" >> WriteTable("events", staging_dir, "article_id", ("article_id", "start_char", "event_id"), shards),
        counts | "WriteCountryCounts" >> WriteTable("country_counts", staging_dir, "country_code",
                                                    ("year", "country_code", "role"), 1),
        dead | "DeadLetterRows" >> beam.Map(dead_letter_row)
        | "WriteDeadLetter" >> WriteTable("dead_letter", staging_dir, "source", ("source", "line", "stage"), 1),
    ]
    # One leaf for the whole graph: some runners (DaskRunner) compute only the last leaf.
    (written | "AllFiles" >> beam.Flatten()
     | "CountFiles" >> beam.combiners.Count.Globally()
     | "LogFiles" >> beam.Map(lambda n: LOG.info("wrote %d Parquet files", n)))


def run(argv=None, save_main_session: bool = False):
    options = PipelineOptions(argv)
    opts = options.view_as(NewsnormOptions)
    options.view_as(SetupOptions).save_main_session = save_main_session
    staging = staging_dir_for(opts.output)
    runner = local_runner(options)
    p = beam.Pipeline(runner=runner, options=options)
    build_pipeline(p, opts, staging)
    result = p.run()
    result.wait_until_finish()
    publish(staging, opts.output)
    LOG.info("output written to %s", opts.output)
    return result


def main(argv=None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("newsnorm").setLevel(logging.INFO)
    run(argv if argv is not None else sys.argv[1:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
