"""Read article records from JSON Lines files (plain or compressed).

The core is `parse_record()`: one raw line in, an `Article` or a `DeadLetter`
out, no Beam involved. `ReadArticles` wires file matching, line reading and
parsing, and returns a tagged result: `.articles` and `.dead_letter`.

    python -m pipeline.run --input 'feed/*.jsonl.gz' --output out/
"""
from __future__ import annotations

import bz2
import gzip
import hashlib
import io
import json
import logging
import lzma
import os
from datetime import datetime, timezone
from typing import BinaryIO, Iterable, Iterator, Optional, Union

import apache_beam as beam
from apache_beam.io import fileio
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics

from pipeline.records import Article, DeadLetter

LOG = logging.getLogger(__name__)

RECORD_PREVIEW_CHARS = 1000
DEFAULT_MAX_CHARS = 1_000_000
OPTIONAL_STRING_FIELDS = ("title", "url", "source")


def truncate(raw: Union[str, bytes], limit: int = RECORD_PREVIEW_CHARS) -> str:
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", errors="replace")
    return raw if len(raw) <= limit else raw[:limit] + "…"


def parse_timestamp(value: str) -> Optional[datetime]:
    """Parse an ISO 8601 timestamp or date; naive times are taken as UTC."""
    v = value.strip()
    if v.endswith("Z") or v.endswith("z"):
        v = v[:-1] + "+00:00"
    try:
        ts = datetime.fromisoformat(v)
    except ValueError:
        return None
    if ts.tzinfo is None:
        ts = ts.replace(tzinfo=timezone.utc)
    return ts.astimezone(timezone.utc)


def content_id(text: str) -> str:
    """A stable id for a record that has none: derived from its text."""
    return "sha1-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


class BadRecord(ValueError):
    """A record that cannot become an Article; the message is the reason."""


def _optional_string(record: dict, name: str) -> Optional[str]:
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise BadRecord(f"field '{name}' must be a string, not {type(value).__name__}")
    return value.strip() or None


def record_to_article(record: object, source_file: str, line: int,
                      max_chars: int = DEFAULT_MAX_CHARS) -> Article:
    """Validate one decoded JSON value and build an Article, or raise BadRecord."""
    if not isinstance(record, dict):
        raise BadRecord(f"record is a JSON {type(record).__name__}, not an object")
    text = record.get("text")
    if text is None:
        raise BadRecord("no 'text' field")
    if not isinstance(text, str):
        raise BadRecord(f"field 'text' must be a string, not {type(text).__name__}")
    if not text.strip():
        raise BadRecord("empty 'text'")
    if len(text) > max_chars:
        raise BadRecord(f"text has {len(text)} characters, above --max_chars={max_chars}")
    raw_id = record.get("id")
    if raw_id is None or (isinstance(raw_id, str) and not raw_id.strip()):
        article_id = content_id(text)
    elif isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool):
        article_id = str(raw_id).strip()
    else:
        raise BadRecord(f"field 'id' must be a string or integer, not {type(raw_id).__name__}")
    published_at = published_date = None
    raw_date = record.get("published_at")
    if raw_date is not None:
        if not isinstance(raw_date, str):
            raise BadRecord(f"field 'published_at' must be a string, not {type(raw_date).__name__}")
        ts = parse_timestamp(raw_date)
        if ts is None:
            Metrics.counter("read", "unparseable_dates").inc()
            LOG.debug("unparseable published_at %r in %s:%d", raw_date, source_file, line)
        else:
            published_at = ts.strftime("%Y-%m-%dT%H:%M:%SZ")
            published_date = ts.strftime("%Y-%m-%d")
    return Article(
        article_id=article_id,
        text=text,
        title=_optional_string(record, "title"),
        url=_optional_string(record, "url"),
        published_at=published_at,
        published_date=published_date,
        source=_optional_string(record, "source"),
        source_file=source_file,
        line=line,
    )


def parse_record(raw: Union[str, bytes], source_file: str, line: int,
                 max_chars: int = DEFAULT_MAX_CHARS) -> Union[Article, DeadLetter]:
    """One raw JSON line -> Article, or DeadLetter with the reason. Never raises."""
    def dead(stage: str, reason: str) -> DeadLetter:
        return DeadLetter(source=source_file, line=line, stage=stage, error=reason, record=truncate(raw))

    if isinstance(raw, bytes):
        try:
            raw_text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            return dead("decode", f"invalid UTF-8 at byte {e.start}")
    else:
        raw_text = raw
    try:
        record = json.loads(raw_text)
    except (json.JSONDecodeError, RecursionError) as e:
        msg = e.msg if isinstance(e, json.JSONDecodeError) else "JSON nested too deeply"
        return dead("parse", f"invalid JSON: {msg}")
    try:
        return record_to_article(record, source_file, line, max_chars)
    except BadRecord as e:
        return dead("validate", str(e))


def open_decompressed(path: str) -> BinaryIO:
    """Open a local or remote file, decompressing by its name (.gz, .bz2, .xz, .zst).

    Python's own decompressors are used because they raise on a truncated
    stream (Beam's CompressedFile ends silently), so damage is reported.
    """
    raw = FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED)
    lower = path.lower()
    if lower.endswith(".gz"):
        return gzip.GzipFile(fileobj=raw)
    if lower.endswith(".bz2"):
        return bz2.BZ2File(raw)
    if lower.endswith((".xz", ".lzma")):
        return lzma.LZMAFile(raw)
    if lower.endswith(".zst"):
        import zstandard
        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True))
    return raw


def iter_lines(path: str) -> Iterator[tuple[str, int, Union[bytes, DeadLetter]]]:
    """Yield (path, line number, raw line) for every non-blank line of a file.

    A truncated or corrupt compressed file yields the lines before the damage,
    then one DeadLetter saying where it broke.
    """
    line_no = 0
    try:
        with open_decompressed(path) as f:
            for raw in f:
                line_no += 1
                if raw.strip():
                    yield path, line_no, raw.rstrip(b"\r\n")
    except Exception as e:  # noqa: BLE001 - any I/O or decompression failure becomes data
        yield path, line_no + 1, DeadLetter(source=path, line=line_no + 1, stage="read",
                                            error=f"file unreadable after line {line_no}: {type(e).__name__}: {e}",
                                            record="")


class ReadArticles(beam.PTransform):
    """Files matching `patterns` -> tagged PCollections `articles` and `dead_letter`."""
    ARTICLES = "articles"
    DEAD_LETTER = "dead_letter"

    def __init__(self, patterns: Iterable[str], max_chars: int = DEFAULT_MAX_CHARS):
        super().__init__()
        self.patterns = [expand_pattern(p) for p in patterns]
        self.max_chars = max_chars

    def expand(self, pbegin):
        return (
            pbegin
            | "InputPatterns" >> beam.Create(self.patterns)
            | "MatchFiles" >> fileio.MatchAll()
            | "FilePaths" >> beam.Map(lambda m: m.path)
            | "ReadLines" >> beam.FlatMap(iter_lines)
            | "SpreadLines" >> beam.Reshuffle()
            | "ParseRecords" >> beam.ParDo(_ParseRecordFn(self.max_chars)).with_outputs(
                self.DEAD_LETTER, main=self.ARTICLES)
        )


class _ParseRecordFn(beam.DoFn):
    def __init__(self, max_chars: int):
        self.max_chars = max_chars
        self.records_read = Metrics.counter("read", "records_read")
        self.articles = Metrics.counter("read", "articles")
        self.dead = Metrics.counter("read", "dead_letters")

    def process(self, numbered):
        path, line_no, raw = numbered
        self.records_read.inc()
        if isinstance(raw, DeadLetter):
            self.dead.inc()
            yield beam.pvalue.TaggedOutput(ReadArticles.DEAD_LETTER, raw)
            return
        result = parse_record(raw, path, line_no, self.max_chars)
        if isinstance(result, DeadLetter):
            self.dead.inc()
            yield beam.pvalue.TaggedOutput(ReadArticles.DEAD_LETTER, result)
        else:
            self.articles.inc()
            yield result


def expand_pattern(pattern: str) -> str:
    """A local folder, or any path ending in '/', means every file in it."""
    if pattern.endswith("/") or os.path.isdir(pattern):
        return pattern.rstrip("/") + "/*"
    return pattern
