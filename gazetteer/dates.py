"""Dates, read in one place (at the bottom of the layers, so every part of the job can use it).

* A record's timestamp, as a feed gives it (ISO 8601, RFC 2822, a date or a
  datetime): `normalise_date()` -> ("YYYY-MM-DDTHH:MM:SSZ", "YYYY-MM-DD") in UTC;
  a normalised one back: `utc_datetime()`; a feed's parsed time: `iso_seconds()`.
* A day: `day()` reads the date in "YYYY-MM-DD..." (None when absent or unreadable).
* Partial dates (YYYY, YYYY-MM or YYYY-MM-DD), as the gazetteer's roles and the
  user's extension CSV give them: `date_bounds()`, `role_active()`, and whether a
  day falls within a role, `within()`; a source's compact yymmdd: `from_yymmdd()`.
"""
from __future__ import annotations

import calendar
import datetime
import re
import time
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Optional, Union

ISO_SECONDS = "%Y-%m-%dT%H:%M:%SZ"   # a normalised `published_at`

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

DateBounds = tuple   # ((year, month, day) earliest, (year, month, day) latest)


def date_bounds(value: Union[str, datetime.date, None]) -> Optional[DateBounds]:
    """The earliest and latest day a (possibly partial) date can mean.

    "2018" -> ((2018, 1, 1), (2018, 12, 31)); "2018-03" -> ((2018, 3, 1), (2018, 3, 31));
    a full date or `datetime.date` is both. None or "" -> None (open/unknown).
    Raises ValueError for anything else.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime.date):
        day = (value.year, value.month, value.day)
        return day, day
    match = _PARTIAL_DATE.match(value.strip())
    if not match:
        raise ValueError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    year, month, day = (int(part) if part else None for part in match.groups())
    if month is not None and not 1 <= month <= 12 or day is not None and not 1 <= day <= 31:
        raise ValueError(f"not a valid date: {value!r}")
    earliest = (year, month or 1, day or 1)
    latest = (year, month or 12, day or 31)
    return earliest, latest


def lenient_bounds(value: Optional[str]) -> Optional[DateBounds]:
    """`date_bounds` for artifact data: a date with a time part is cut to its date;
    an unreadable one counts as unknown (open)."""
    if not value:
        return None
    try:
        return date_bounds(value[:10])
    except ValueError:
        return None


def role_active(start: Optional[DateBounds], end: Optional[DateBounds], on: DateBounds) -> bool:
    """Whether a role from `start` to `end` (None: open) may have been held during `on`."""
    earliest, latest = on
    return (start is None or start[0] <= latest) and (end is None or earliest <= end[1])


def within(date: str, start: Optional[str], end: Optional[str]) -> bool:
    """Whether the day `date` (YYYY-MM-DD) falls from `start` to `end` (partial dates; None: open).

    Compared as strings: a partial start is padded to its first day ("2018" ->
    "2018-01-01"), a partial end to its last ("2018-03" -> "2018-03-31").
    """
    if start and date < _pad(start, "01"):
        return False
    if end and date > _pad(end, "31"):
        return False
    return True


def _pad(partial: str, fill: str) -> str:
    if len(partial) == 4:
        return f"{partial}-{'01' if fill == '01' else '12'}-{fill}"
    if len(partial) == 7:
        return f"{partial}-{fill}"
    return partial


# -- timestamps --------------------------------------------------------------------

def _utc_iso(ts: datetime.datetime) -> Optional[tuple[str, str]]:
    if ts.tzinfo is None:
        ts = ts.replace(tzinfo=datetime.timezone.utc)
    try:
        ts = ts.astimezone(datetime.timezone.utc)
    except (OverflowError, ValueError):
        return None
    if not 1000 <= ts.year <= 9999:   # 0001-01-01 and the like are placeholders, not dates
        return None
    day = f"{ts.year:04d}-{ts.month:02d}-{ts.day:02d}"
    return f"{day}T{ts.hour:02d}:{ts.minute:02d}:{ts.second:02d}Z", day


def parse_timestamp(value: str) -> Optional[datetime.datetime]:
    """Parse an ISO 8601 timestamp or date, or an RFC 2822 one (RSS); naive times are UTC."""
    v = value.strip()
    if not v or len(v) > 100:
        return None
    iso = v[:-1] + "+00:00" if v[-1] in "Zz" else v
    try:
        ts = datetime.datetime.fromisoformat(iso)
    except ValueError:
        try:
            ts = parsedate_to_datetime(v)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if ts is None:
            return None
    if ts.tzinfo is None:
        ts = ts.replace(tzinfo=datetime.timezone.utc)
    return ts


def normalise_date(value) -> Optional[tuple[str, str]]:
    """(YYYY-MM-DDTHH:MM:SSZ, YYYY-MM-DD) for a string, datetime or date; None when unusable."""
    if isinstance(value, datetime.datetime):
        return _utc_iso(value)
    if isinstance(value, datetime.date):
        return _utc_iso(datetime.datetime(value.year, value.month, value.day))
    ts = parse_timestamp(value)
    return _utc_iso(ts) if ts is not None else None


def utc_datetime(published_at: Optional[str]) -> Optional[datetime.datetime]:
    """A normalised `published_at` (YYYY-MM-DDTHH:MM:SSZ) as a UTC datetime; None when empty."""
    if not published_at:
        return None
    return datetime.datetime.strptime(published_at, ISO_SECONDS).replace(tzinfo=datetime.timezone.utc)


def iso_seconds(parsed: time.struct_time) -> str:
    """A UTC `time.struct_time` (as feedparser gives an entry's time) as YYYY-MM-DDTHH:MM:SSZ."""
    return datetime.datetime.fromtimestamp(calendar.timegm(parsed), tz=datetime.timezone.utc).strftime(ISO_SECONDS)


@lru_cache(maxsize=65536)   # a hot key's reports share a few hundred dates
def day(value) -> Optional[datetime.date]:
    """The day of "YYYY-MM-DD..." (or a date itself); None when absent or unreadable."""
    if not value:
        return None
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def from_yymmdd(s: Optional[str]) -> Optional[str]:
    """yymmdd (pivot 15) or yyyymmdd -> ISO date; year-only when month/day are invalid."""
    if not s:
        return None
    s = s.lstrip("<>")
    if len(s) == 6:
        yy = int(s[:2])
        s = ("20" if yy <= 15 else "19") + s
    y, m, d = s[:4], s[4:6], s[6:8]
    if not ("01" <= m <= "12"):
        return y
    if not ("01" <= d <= "31"):
        return f"{y}-{m}"
    return f"{y}-{m}-{d}"
