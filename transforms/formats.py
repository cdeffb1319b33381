"""Input formats: which reader a file needs, and the readers themselves.

Every reader is a plain generator `read_X(path, limits) -> (path, record_number, payload)`
with no Beam in it. A payload is one of:

* `bytes` – one raw JSON Lines record, parsed later by `transforms.read.parse_record`;
* `dict` – a record whose fields still carry the input's own names (Parquet, CSV);
* `FeedEntry` – an RSS/Atom entry already mapped to newsnorm's field names;
* `DeadLetter` – the file (or the rest of it) could not be read; the records before the
  damage have been yielded already. Each such dead letter counts as one record read.

Record numbers are 1-based: the line for JSON Lines, the line a row starts on for CSV,
the row for Parquet, the entry for RSS/Atom.

Formats (`--input_format auto` picks one from the file name, after any compression suffix):

| format | names | reader |
|---|---|---|
| `jsonl` | `.jsonl`, `.ndjson`, `.jl`, `.json`, anything unrecognised | one JSON object per line |
| `parquet` | `.parquet`, `.pq` | pyarrow, streamed in batches of rows |
| `csv` | `.csv`, `.tsv` (tab-separated) | a header row, then one record per row |
| `rss` | `.rss`, `.atom`, `.xml` | feedparser (RSS 0.9x/1.0/2.0, Atom) |

Compression (`.gz`, `.bz2`, `.xz`, `.zst`) works for every format.
"""
from __future__ import annotations

import bz2
import csv
import gzip
import io
import lzma
import re
from typing import BinaryIO, Iterator, NamedTuple, Union

from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

from gazetteer.dates import iso_seconds
from transforms.records import DeadLetter

FORMATS = ("jsonl", "parquet", "csv", "rss")
COMPRESSION_SUFFIXES = (".gz", ".bz2", ".xz", ".lzma", ".zst")
_BY_SUFFIX = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jl": "jsonl", ".json": "jsonl",
    ".parquet": "parquet", ".pq": "parquet",
    ".csv": "csv", ".tsv": "csv",
    ".rss": "rss", ".atom": "rss", ".xml": "rss",
}
PARQUET_BATCH_ROWS = 512
_SURROGATE = re.compile("[\ud800-\udfff]")
MAX_FEED_BYTES = 256 * 1024 * 1024


class FeedEntry(dict):
    """An RSS/Atom entry, already keyed by newsnorm's own field names (no --field_map)."""


class Limits(NamedTuple):
    """Size limits for the readers, derived from --max_chars."""
    max_chars: int = 200_000

    @property
    def max_line_bytes(self) -> int:
        # A JSON line holds the text (up to 4 bytes a character, 6 when \\u-escaped) plus other fields.
        return max(self.max_chars * 6 + 65536, 1 << 20)


Payload = Union[bytes, dict, FeedEntry, DeadLetter]


def strip_compression(path: str) -> str:
    lower = path.lower()
    for suffix in COMPRESSION_SUFFIXES:
        if lower.endswith(suffix):
            return path[: -len(suffix)]
    return path


def detect_format(path: str, forced: str | None = None) -> str:
    """The format of `path`: `forced` unless it is None/'auto', else from the file name."""
    if forced and forced != "auto":
        if forced not in FORMATS:
            raise ValueError(f"unknown input format {forced!r} (one of: auto, {', '.join(FORMATS)})")
        return forced
    name = strip_compression(path).lower()
    dot = name.rfind(".")
    return _BY_SUFFIX.get(name[dot:], "jsonl") if dot >= 0 else "jsonl"


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


def _damage(path: str, number: int, after: int, e: BaseException) -> DeadLetter:
    return DeadLetter(source=path, line=number, stage="read",
                      error=f"file unreadable after record {after}: {type(e).__name__}: {e}"[:500], record="")


def _oversized(path: str, number: int, head: bytes, limit: int) -> DeadLetter:
    return DeadLetter(source=path, line=number, stage="validate",
                      error=f"record is larger than {limit} bytes (--max_chars)",
                      record=head[:1000].decode("utf-8", errors="replace") + "…")


def read_jsonl(path: str, limits: Limits = Limits()) -> Iterator[tuple[str, int, Payload]]:
    """Every non-blank line; a line longer than the limit is skipped to its end and reported."""
    limit = limits.max_line_bytes
    line_no = 0
    try:
        with open_decompressed(path) as f:
            while True:
                raw = f.readline(limit + 1)
                if not raw:
                    break
                line_no += 1
                if len(raw) > limit and not raw.endswith(b"\n"):
                    head = raw
                    while raw and not raw.endswith(b"\n"):   # skip the rest of the line, chunk by chunk
                        raw = f.readline(1 << 20)
                    yield path, line_no, _oversized(path, line_no, head, limit)
                    continue
                if raw.strip():
                    yield path, line_no, raw.rstrip(b"\r\n")
    except Exception as e:  # noqa: BLE001 - any I/O or decompression failure becomes data
        yield path, line_no + 1, _damage(path, line_no + 1, line_no, e)


class _CsvLines:
    """The lines of a CSV text for csv.reader, counted, with a way to skip the rest of a record.

    `skip_record()` is called after csv.reader gave up inside a record (a field over the size
    limit): it reads on, by the parity of quote characters since the record began, to the line
    where the record really ends, so reading resumes at a record boundary, never inside a
    quoted field. Lines longer than the limit are read in chunks, never whole."""

    def __init__(self, text: io.TextIOBase, limit: int):
        self.text = text
        self.limit = limit
        self.line = 0          # lines handed out so far
        self.quotes = 0        # quote characters since the current record began

    def __iter__(self):
        return self

    def __next__(self) -> str:
        line = self.text.readline()
        if not line:
            raise StopIteration
        self.line += 1
        self.quotes += line.count('"')
        return line

    def start_record(self) -> int:
        """Mark the start of a record; returns the line it starts on."""
        self.quotes = 0
        return self.line + 1

    def skip_record(self) -> None:
        while self.quotes % 2:   # inside a quoted field: read to the line that closes it
            chunk = self.text.readline(self.limit)
            if not chunk:
                return
            if chunk.endswith("\n") or len(chunk) < self.limit:
                self.line += 1
            self.quotes += chunk.count('"')


def read_csv(path: str, limits: Limits = Limits()) -> Iterator[tuple[str, int, Payload]]:
    """A header row, then a dict per row. `.tsv` files are tab-separated.

    Invalid UTF-8 is kept as surrogate escapes so that only the row holding it is
    dead-lettered (by validation). A row with the wrong number of fields, or a field
    above the size limit, is a `parse` dead letter; reading goes on at the next record
    (after the end of an over-long quoted field, however many lines it spans).
    """
    csv.field_size_limit(limits.max_line_bytes)
    delimiter = "\t" if strip_compression(path).lower().endswith(".tsv") else ","
    number = 0
    try:
        with open_decompressed(path) as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape", newline="")
            lines = _CsvLines(text, limits.max_line_bytes)
            reader = csv.reader(lines, delimiter=delimiter)
            header = None
            while True:
                start = lines.start_record()
                try:
                    row = next(reader)
                except StopIteration:
                    break
                except csv.Error as e:
                    number = start
                    lines.skip_record()
                    yield path, start, DeadLetter(path, start, "parse", f"invalid CSV row: {e}", "")
                    continue
                if not row or all(not c.strip() for c in row):
                    continue
                if header is None:
                    header = [_SURROGATE.sub("\ufffd", h.strip()) for h in row]
                    continue
                number = start
                if len(row) != len(header):
                    yield path, start, DeadLetter(
                        path, start, "parse", f"CSV row has {len(row)} fields, the header has {len(header)}",
                        _SURROGATE.sub("\ufffd", delimiter.join(row))[:1000])
                    continue
                bad = next((i for i, c in enumerate(row) if _SURROGATE.search(c)), None)
                if bad is not None:   # invalid UTF-8 (kept as surrogate escapes): this row only
                    yield path, start, DeadLetter(
                        path, start, "decode", f"invalid UTF-8 in field '{header[bad]}'",
                        _SURROGATE.sub("\ufffd", delimiter.join(row))[:1000])
                    continue
                yield path, start, dict(zip(header, row))
    except Exception as e:  # noqa: BLE001 - any I/O or decompression failure becomes data
        yield path, number + 1, _damage(path, number + 1, number, e)


def read_parquet(path: str, limits: Limits = Limits()) -> Iterator[tuple[str, int, Payload]]:
    """One dict per row, streamed row group by row group in batches (a file never has to fit in
    memory). A cell Python cannot hold costs only its row: a timestamp past year 9999 is passed on
    as an unparseable date string (the article is kept with a null date); invalid UTF-8, or any
    other cell that cannot be converted, makes its row a `decode` dead letter. A row group that cannot be read is one `read` dead letter naming its
    rows; the next row group is read."""
    import pyarrow.parquet as pq
    try:
        f = open_decompressed(path)
        parquet = pq.ParquetFile(f)
    except Exception as e:  # noqa: BLE001 - a corrupt file becomes data
        yield path, 1, _damage(path, 1, 0, e)
        return
    start = 0
    with f:
        for group in range(parquet.metadata.num_row_groups):
            size = parquet.metadata.row_group(group).num_rows
            done = 0
            try:
                for batch in parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS, row_groups=[group]):
                    for row in parquet_rows(batch):
                        done += 1
                        number = start + done
                        if isinstance(row, str):
                            yield path, number, DeadLetter(path, number, "decode", row, "")
                        else:
                            yield path, number, row
            except Exception as e:  # noqa: BLE001 - a damaged row group costs its own rows only
                if done < size:
                    first = start + done + 1
                    yield path, first, DeadLetter(
                        path, first, "read", " ".join(f"rows {first}-{start + size} (row group {group + 1}) unreadable: "
                                                      f"{type(e).__name__}: {e}".split())[:500], "")
            start += size


def parquet_rows(batch) -> list:
    """The rows of a record batch as dicts; a row with a cell Python cannot hold is a string
    saying why (see read_parquet), every other row is unharmed."""
    try:
        return batch.to_pylist()
    except (ValueError, OverflowError, ArithmeticError):   # UnicodeDecodeError is a ValueError
        pass
    names = batch.schema.names
    columns = [_column_values(batch.column(i)) for i in range(batch.num_columns)]
    rows = []
    for i in range(batch.num_rows):
        cells = [values[i] for values in columns]
        bad = next((k for k, c in enumerate(cells) if isinstance(c, _BadCell)), None)
        rows.append(f"column '{names[bad]}': {cells[bad].reason}" if bad is not None else dict(zip(names, cells)))
    return rows


class _BadCell(NamedTuple):
    reason: str


def _column_values(column) -> list:
    try:
        return column.to_pylist()
    except (ValueError, OverflowError, ArithmeticError):
        return [_cell_value(column, i) for i in range(len(column))]


def _cell_value(column, i: int):
    import pyarrow as pa
    try:
        return column[i].as_py()
    except (ValueError, OverflowError, ArithmeticError) as e:
        kind = column.type
        if isinstance(e, UnicodeDecodeError):
            return _BadCell(f"invalid UTF-8 at byte {e.start}")
        if pa.types.is_timestamp(kind) or pa.types.is_date(kind):
            return f"out of range: {column[i].value} ({kind})"
        return _BadCell(f"{type(e).__name__}: {e}"[:300])


def _entry_time(entry) -> str | None:
    for key in ("published", "updated", "created"):
        parsed = entry.get(key + "_parsed")
        if parsed:
            try:
                return iso_seconds(parsed)
            except (OverflowError, ValueError, OSError):
                pass
        if entry.get(key):
            return entry[key]
    return None


def feed_entry_record(entry, feed_title: str | None) -> FeedEntry:
    """An RSS/Atom entry as a newsnorm record: the longest content, else the summary, is the text."""
    contents = [c.get("value") for c in entry.get("content") or () if c.get("value")]
    text = max(contents, key=len) if contents else entry.get("summary") or entry.get("description")
    return FeedEntry(
        id=entry.get("id") or entry.get("guid") or entry.get("link") or None,
        text=text,
        title=entry.get("title"),
        url=entry.get("link"),
        published_at=_entry_time(entry),
        source=feed_title,
    )


def read_feed(path: str, limits: Limits = Limits()) -> Iterator[tuple[str, int, Payload]]:
    """RSS/Atom entries via feedparser, given the bytes only (feedparser never fetches anything:
    it gets a file object, not a URL, and its XML parser does not resolve external entities).

    A malformed feed yields the entries feedparser could recover; one with none is a dead letter.
    """
    import feedparser  # pinned in requirements.txt
    chunks, size, damage = [], 0, None
    try:
        with open_decompressed(path) as f:
            while size <= MAX_FEED_BYTES:
                chunk = f.read(1 << 14)   # small reads: a damaged stream loses little
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
    except Exception as e:  # noqa: BLE001 - a truncated or corrupt compressed feed: parse what came before
        damage = e
    if size > MAX_FEED_BYTES:
        yield path, 1, DeadLetter(path, 1, "read", f"feed file larger than {MAX_FEED_BYTES} bytes", "")
        return
    data = b"".join(chunks)
    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False) if data else {"entries": []}
    entries = parsed["entries"]
    if not entries and damage is None:
        reason = f"no feed entries: {type(parsed.bozo_exception).__name__}: {parsed.bozo_exception}" \
            if parsed.get("bozo") else "no feed entries"
        yield path, 1, DeadLetter(path, 1, "parse", reason[:500], data[:1000].decode("utf-8", "replace"))
        return
    title = parsed.feed.get("title") or None if entries else None
    for number, entry in enumerate(entries, start=1):
        yield path, number, feed_entry_record(entry, title)
    if damage is not None:
        yield path, len(entries) + 1, _damage(path, len(entries) + 1, len(entries), damage)


READERS = {"jsonl": read_jsonl, "parquet": read_parquet, "csv": read_csv, "rss": read_feed}


def read_file(path: str, input_format: str | None = None,
              limits: Limits = Limits()) -> Iterator[tuple[str, int, Payload]]:
    """Every record of one file, in its format (detected from the name unless forced)."""
    yield from READERS[detect_format(path, input_format)](path, limits)
