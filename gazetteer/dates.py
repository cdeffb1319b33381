"""Dates, read in one place.

Partial ISO dates (YYYY, YYYY-MM or YYYY-MM-DD), as the gazetteer's roles and
the user's extension CSV give them, and whether a day falls within a role.
"""
from __future__ import annotations

import datetime
import re
from typing import Optional, Union

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
