"""Read article records from files of any supported format, validate them, drop duplicates.

The core is `parse_record()`: one raw record in (a JSON line as bytes/str, or a dict
from a Parquet/CSV/RSS reader), an `Article` or a `DeadLetter` out, no Beam
involved. `ReadArticles` wires file matching, the format readers
(`transforms/formats.py`), parsing and de-duplication (`transforms/dedupe.py`) and
returns a tagged result: `.articles` and `.dead_letter` (duplicates are dead
letters at stage `duplicate`).

    python -m pipeline.run --input 'feed/*.jsonl.gz' --output out/
    python -m pipeline.run --input dump.csv --text_field body --id_field doc_id --output out/
    python -m pipeline.run --input 'gs://B/feeds/' --input_format rss --runner DataflowRunner ... --output gs://B/out

What happens to each kind of bad input is listed in README ("Bad input") and
docs/OUTPUTS.md (dead_letter stages).
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
from datetime import date, datetime
from typing import Iterable, Iterator, Mapping, NamedTuple, Optional, Union

import apache_beam as beam
from apache_beam.metrics import Metrics

from gazetteer.dates import normalise_date
from transforms.records import Article, DeadLetter
from transforms.dedupe import DedupeArticles
from transforms.formats import FeedEntry, Limits, detect_format, read_file, read_jsonl
from transforms.html_text import clean_markup
from transforms.inputs import (expand_pattern, files_of, is_remote,  # noqa: F401 - expand_pattern re-exported
                               resolve_inputs)

LOG = logging.getLogger(__name__)

RECORD_PREVIEW_CHARS = 1000
DEFAULT_MAX_CHARS = 200_000
MAX_ID_CHARS = 512
FIELDS = ("id", "text", "title", "published_at", "url", "source")
FIELD_ALIASES = {"date": "published_at"}
OPTIONAL_STRING_FIELDS = ("title", "url", "source")

# C0 and C1 control characters except tab and newline (carriage returns become newlines).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def truncate(raw: Union[str, bytes, dict], limit: int = RECORD_PREVIEW_CHARS) -> str:
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", errors="replace")
    elif not isinstance(raw, str):
        raw = json.dumps(raw, ensure_ascii=False, default=str)[: limit * 2]
    raw = _SURROGATE.sub("\ufffd", raw)
    return raw if len(raw) <= limit else raw[:limit] + "…"


def content_id(text: str) -> str:
    """A stable id for a record that has none: derived from its (cleaned) text."""
    return "sha1-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


class BadRecord(ValueError):
    """A record that cannot become an Article; the message is the reason."""
    stage = "validate"


class BadEncoding(BadRecord):
    stage = "decode"


def parse_field_map(spec: Optional[str]) -> dict[str, str]:
    """'id=body_id,text=content' -> {'id': 'body_id', 'text': 'content'}; raises ValueError."""
    mapping: dict[str, str] = {}
    for part in (spec or "").split(","):
        if not part.strip():
            continue
        ours, sep, theirs = part.partition("=")
        ours = FIELD_ALIASES.get(ours.strip(), ours.strip())
        if not sep or not theirs.strip():
            raise ValueError(f"--field_map entry {part.strip()!r} is not NAME=FIELD")
        if ours not in FIELDS:
            raise ValueError(f"--field_map names unknown field {ours!r} (one of: {', '.join(FIELDS)}, date)")
        mapping[ours] = theirs.strip()
    return mapping


def field_names(field_map: Optional[Mapping[str, str]] = None) -> dict[str, str]:
    """newsnorm field -> the input's field name, defaults filled in."""
    names = {f: f for f in FIELDS}
    names.update(field_map or {})
    return names


def _get(record: dict, name: str):
    """A field by name; a dotted name ('meta.id') reaches into nested objects."""
    if name in record:
        return record[name]
    if "." in name:
        value = record
        for part in name.split("."):
            if not isinstance(value, dict) or part not in value:
                return None
            value = value[part]
        return value
    return None


def clean_string(value: str, field: str) -> str:
    """Refuse unpaired surrogates (invalid UTF-8 or bad \\u escapes); replace control characters
    with a space and carriage returns with newlines."""
    bad = _SURROGATE.search(value)
    if bad:
        raise BadEncoding(f"field '{field}' is not valid Unicode (invalid UTF-8 or an unpaired surrogate "
                          f"at character {bad.start()})")
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(value):
        Metrics.counter("read", "control_characters_replaced").inc()
        value = _CONTROL.sub(" ", value)
    return value.replace("\ufeff", "")


def _optional_string(record: dict, ours: str, theirs: str, markup: bool = False) -> Optional[str]:
    value = _get(record, theirs)
    if value is None:
        return None
    if not isinstance(value, str):
        raise BadRecord(f"field '{theirs}' must be a string, not {type(value).__name__}")
    value = clean_string(value, theirs)
    if markup:
        value, _ = clean_markup(value)
    if ours == "title":
        value = " ".join(value.split())
    return value.strip() or None


def record_to_article(record: object, source_file: str, line: int,
                      max_chars: int = DEFAULT_MAX_CHARS,
                      field_map: Optional[Mapping[str, str]] = None) -> Article:
    """Validate one decoded record and build an Article, or raise BadRecord."""
    if not isinstance(record, dict):
        raise BadRecord(f"record is a JSON {type(record).__name__}, not an object")
    names = field_names(None if isinstance(record, FeedEntry) else field_map)
    text = _get(record, names["text"])
    if text is None:
        raise BadRecord(f"no '{names['text']}' field")
    if not isinstance(text, str):
        raise BadRecord(f"field '{names['text']}' must be a string, not {type(text).__name__}")
    if len(text) > max_chars:
        raise BadRecord(f"text has {len(text)} characters, above --max_chars={max_chars}")
    text = clean_string(text, names["text"])
    text, had_markup = clean_markup(text)
    if had_markup:
        Metrics.counter("read", "html_cleaned").inc()
    text = text.strip()
    if not text:
        raise BadRecord(f"empty '{names['text']}'" + (" after removing markup" if had_markup else ""))
    raw_id = _get(record, names["id"])
    if raw_id is None or (isinstance(raw_id, str) and not raw_id.strip()):
        article_id = content_id(text)
    elif isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool):
        article_id = " ".join(clean_string(str(raw_id), names["id"]).split())
        if len(article_id) > MAX_ID_CHARS:
            raise BadRecord(f"field '{names['id']}' has {len(article_id)} characters (at most {MAX_ID_CHARS})")
    else:
        raise BadRecord(f"field '{names['id']}' must be a string or integer, not {type(raw_id).__name__}")
    published_at = published_date = None
    raw_date = _get(record, names["published_at"])
    if raw_date is not None and raw_date != "":
        if not isinstance(raw_date, (str, datetime, date)):
            raise BadRecord(f"field '{names['published_at']}' must be a string, not {type(raw_date).__name__}")
        if isinstance(raw_date, str):
            raw_date = clean_string(raw_date, names["published_at"])
        normalised = normalise_date(raw_date)
        if normalised is None:
            Metrics.counter("read", "unparseable_dates").inc()
            LOG.debug("unparseable date %r in %s:%d", raw_date, source_file, line)
        else:
            published_at, published_date = normalised
    return Article(
        article_id=article_id,
        text=text,
        title=_optional_string(record, "title", names["title"], markup=True),
        url=_optional_string(record, "url", names["url"]),
        published_at=published_at,
        published_date=published_date,
        source=_optional_string(record, "source", names["source"]),
        source_file=source_file,
        line=line,
    )


_RAW_CONTROL = re.compile("[\x00-\x1f]")


def loads_repairing(text: str):
    """json.loads; a line that is invalid only because its strings hold raw control characters
    (a tab, NUL, ESC, CR: JSON wants them escaped) is parsed again with them allowed, and the
    repair counted as `read/control_characters_replaced` (`clean_string` then replaces them as
    in any field). Raises json.JSONDecodeError (and ValueError, RecursionError) as json does."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        if not _RAW_CONTROL.search(text):
            raise
        record = json.loads(text, strict=False)   # raises the same error if something else is wrong
    if not _CONTROL.search(text):   # else clean_string counts it, when it replaces them
        Metrics.counter("read", "control_characters_replaced").inc()
    return record


def parse_record(raw: Union[str, bytes, dict], source_file: str, line: int,
                 max_chars: int = DEFAULT_MAX_CHARS,
                 field_map: Optional[Mapping[str, str]] = None) -> Union[Article, DeadLetter]:
    """One raw record -> Article, or DeadLetter with the stage and reason. Never raises."""
    def dead(stage: str, reason: str) -> DeadLetter:
        return DeadLetter(source=source_file, line=line, stage=stage, error=reason, record=truncate(raw))

    if isinstance(raw, DeadLetter):   # a reader's own verdict (damaged file, oversized line)
        return raw
    if isinstance(raw, dict):
        record = raw
    else:
        if isinstance(raw, bytes):
            try:
                raw_text = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                return dead("decode", f"invalid UTF-8 at byte {e.start}")
        else:
            raw_text = raw
        try:
            record = loads_repairing(raw_text.lstrip("\ufeff"))
        except json.JSONDecodeError as e:
            return dead("parse", f"invalid JSON: {e.msg} at character {e.pos}")
        except RecursionError:
            return dead("parse", "invalid JSON: nested too deeply")
        except ValueError as e:   # e.g. an integer with more digits than Python converts
            return dead("parse", f"invalid JSON: {str(e).splitlines()[0]}")
    try:
        return record_to_article(record, source_file, line, max_chars, field_map)
    except BadRecord as e:
        return dead(e.stage, str(e))


def iter_lines(path: str, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[tuple[str, int, Union[bytes, DeadLetter]]]:
    """Yield (path, line number, raw line) for every non-blank line of a JSON Lines file.

    A truncated or corrupt compressed file yields the lines before the damage,
    then one DeadLetter saying where it broke.
    """
    return read_jsonl(path, Limits(max_chars))


class ReadResult(NamedTuple):
    """What ReadArticles gives: unique valid articles, and every other record with its reason (one PCollection,
    or two with `dead_letter_parts`)."""
    articles: beam.pvalue.PCollection
    dead_letter: Union[beam.pvalue.PCollection, tuple]


class ReadArticles(beam.PTransform):
    """Files matching `patterns` -> tagged PCollections `articles` and `dead_letter`.

    Every record read becomes exactly one of: an article, a dead letter, or a
    duplicate (a dead letter at stage `duplicate`); `read/records_read` counts them.
    With `dead_letter_parts`, `dead_letter` is the pair (unreadable or invalid records,
    duplicates) instead of their Flatten, for a caller that writes each where it is made.
    """
    ARTICLES = "articles"
    DEAD_LETTER = "dead_letter"

    def __init__(self, patterns: Iterable[str], max_chars: int = DEFAULT_MAX_CHARS,
                 input_format: Optional[str] = None, field_map: Optional[Mapping[str, str]] = None,
                 match_now: bool = True, dead_letter_parts: bool = False):
        super().__init__()
        self.dead_letter_parts = dead_letter_parts
        # Matched now (when this machine sees the files the workers read): an input matching no
        # file is an error here, not a run that reads 0 records; else the job matches them.
        self.inputs = resolve_inputs(patterns) if match_now else list(patterns)
        self.files_known = match_now and not any(is_remote(p) for p in self.inputs)
        self.max_chars = max_chars
        self.input_format = None if input_format in (None, "auto") else input_format
        if self.input_format:
            detect_format("", self.input_format)   # an unknown format fails here, not on a worker
        self.field_map = dict(field_map or {})

    def expand(self, pbegin):
        if self.files_known:   # each file once already (resolve_inputs): no matching, no Distinct (a step fewer)
            files = pbegin | "InputFiles" >> beam.Create(self.inputs)   # (several: spread over the workers)
        else:
            files = (pbegin
                     | "InputPatterns" >> beam.Create(self.inputs)
                     | "MatchFiles" >> beam.FlatMap(files_of)   # a local file is itself; a remote glob is matched here
                     | "EachFileOnce" >> beam.Distinct())
        parsed = (
            files
            | "ReadRecords" >> beam.ParDo(ReadFileRecords(self.input_format, self.max_chars))
            | "SpreadRecords" >> beam.Reshuffle()
            | "ParseRecords" >> beam.ParDo(_ParseRecordFn(self.max_chars, self.field_map)).with_outputs(
                self.DEAD_LETTER, main=self.ARTICLES)
        )
        unique = parsed[self.ARTICLES] | "DropDuplicates" >> DedupeArticles()
        dead = (parsed[self.DEAD_LETTER], unique[DedupeArticles.DUPLICATES])
        if not self.dead_letter_parts:
            dead = dead | "ReadDeadLetters" >> beam.Flatten()
        return ReadResult(articles=unique[DedupeArticles.KEPT], dead_letter=dead)


class ReadFileRecords(beam.DoFn):
    """A file path -> (path, record number, raw record) of every record in it (transforms/formats.py)."""

    def __init__(self, input_format: Optional[str], max_chars: int):
        self.input_format = input_format
        self.max_chars = max_chars
        self.records_read = Metrics.counter("read", "records_read")
        self.files = Metrics.counter("read", "files")

    def process(self, path: str):
        self.files.inc()
        for item in read_file(path, self.input_format, Limits(self.max_chars)):
            self.records_read.inc()
            yield item


class _ParseRecordFn(beam.DoFn):
    def __init__(self, max_chars: int, field_map: Mapping[str, str]):
        self.max_chars = max_chars
        self.field_map = dict(field_map)
        self.articles = Metrics.counter("read", "articles")
        self.dead = Metrics.counter("read", "dead_letters")

    def process(self, numbered):
        path, number, raw = numbered
        result = parse_record(raw, path, number, self.max_chars, self.field_map)
        if isinstance(result, DeadLetter):
            self.dead.inc()
            Metrics.counter("read", f"dead_letters_{result.stage}").inc()
            yield beam.pvalue.TaggedOutput(ReadArticles.DEAD_LETTER, result)
        else:
            self.articles.inc()
            yield result
