"""Tokens that look like names of places or countries but, by their shape beside their neighbours, are not.

- a time zone after a clock time: "at 1700 EST", "10 a.m. CET" (no Estonia, no country code);
- an abbreviated state or province after a place and a comma: "Allegheny County, Pa.", "Ashland, Ky."
  (a short word with a dot is an abbreviation, not a town that happens to be spelled "Pa").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

_CLOCK = re.compile(r"^(?:[01]\d[0-5]\d|2[0-3][0-5]\d|\d{1,2}[:.][0-5]\d|[ap]\.?m\.?)$", re.IGNORECASE)
_ZONE = re.compile(r"^(?:[A-Z]{1,3}T|UTC)$")   # EST, GMT, CET, CEST, UTC
_YEAR_BEFORE = {"in", "since", "of", "during"}
_ABBREVIATION = re.compile(r"^[A-Z][a-z]{0,4}\.$")


def time_zone_after_clock(doc: Doc, start: int, end: int) -> bool:
    """One time-zone code right after a clock time ("1700 EST", "9:30 a.m. GMT"); not "in 1999 EU"."""
    if end - start != 1 or start == 0 or not _ZONE.match(doc[start].text) or not _CLOCK.match(doc[start - 1].text):
        return False
    # "2004" after "in" or "since" is a year ("in 2004 EU ministers"), "1700" after "at" or "until" a time
    return not (doc[start - 1].text.isdigit() and start >= 2 and doc[start - 2].lower_ in _YEAR_BEFORE)


def abbreviated_region(doc: Doc, start: int, end: int) -> bool:
    """A short capitalised word with its dot after a place name and a comma ("Boston, Mass.")."""
    # the dot kept in the token (the tokenizer knows "Pa.", "Mass."): a sentence's last "Chad." is no abbreviation
    if end - start != 1 or not _ABBREVIATION.match(doc[start].text) or start < 2:
        return False
    return doc[start - 1].text == "," and doc[start - 2].is_title
