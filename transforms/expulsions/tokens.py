"""Tokens and analysis units: the light tokenisation the extractor works on.

A `Unit` is one analysed sentence (spaCy's, split again at blank lines, a list
item glued to its colon line) with its tokens and the resolved mentions inside it.
Tokens are folded with `gazetteer.model.fold`, the first steps of the project's one
normaliser (`normalise`), which keep punctuation and "'s". `match_personnel` finds
the diplomatic nouns of lexicon.PERSONNEL.
"""
from __future__ import annotations

import bisect
import functools
import re
from typing import Iterable, NamedTuple, Optional, Sequence

from gazetteer.model import fold
from transforms.datelines import dateline_length
from transforms.records import Mention, Sentence
from transforms.expulsions import lexicon as lex


class Token(NamedTuple):
    text: str
    norm: str          # lower case, accents stripped, straight apostrophe
    start: int         # char offsets into the article text
    end: int

    @property
    def possessive(self) -> bool:
        return self.norm.endswith("'s") and len(self.norm) > 2


# digits (with separators), abbreviations (U.S.), words with inner ' or -, single symbols
_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|(?:[A-Za-z]\.){2,}|\w+(?:['\u2019\-]\w+)*|[^\w\s]")


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.group(), fold(m.group()), m.start() + offset, m.end() + offset)
            for m in _TOKEN_RE.finditer(lex.standard_words(text))]


class MentionSpan(NamedTuple):
    mention: Mention
    i: int             # first token
    j: int             # one past the last token


class Unit:
    """One analysed sentence: its text, tokens and the mentions inside it."""

    def __init__(self, text: str, start: int, end: int, mentions: Sequence[Mention]):
        self.start, self.end = start, end
        self.text = text[start:end]
        self.dateline_end = start + dateline_length(self.text)   # "BRUSSELS - NATO expelled": no subject
        self.tokens = tokenize(self.text, start)
        self.spans = _spans_for(self.tokens, [m for m in mentions if m.start_char < end and m.end_char > start])
        self.span_at = {}
        for s in self.spans:
            for k in range(s.i, s.j):
                self.span_at[k] = s
        # clause_start[k]: first token of the clause (after ; ? !) that token k is in
        self.clause_start = []
        start = 0
        for k, t in enumerate(self.tokens):
            self.clause_start.append(start)
            if t.norm in (";", "?", "!"):
                start = k + 1
        total = re.search(r"\ba total of\b", self.text, re.I)
        self.total_at = self.start + total.start() if total else None

    def char_of(self, k: int) -> int:
        return self.tokens[k].start if k < len(self.tokens) else self.end


def _spans_for(tokens: Sequence[Token], mentions: Iterable[Mention]) -> list[MentionSpan]:
    ends = [t.end for t in tokens]
    spans = []
    for m in mentions:
        i = bisect.bisect_right(ends, m.start_char)      # first token ending after the mention starts
        j = i
        while j < len(tokens) and tokens[j].start < m.end_char:
            j += 1
        if j > i:
            spans.append(MentionSpan(m, i, j))
    return sorted(spans, key=lambda s: (s.i, -s.j))


# A unit ends at a blank line, at a line break after a sentence's end, before a line that opens a list
# item ("• ", "- ", "* ", "1. ", "2) ", "3- ", "(4) ") and before a bullet glyph inside a line ("... 1938. • Chiune
# Sugihara ..."): one item's words never attach to another's.
_ITEM = r"(?:[\u2022\u25e6\u25aa\u2023\u00b7*\u2013\u2014-]|\d{1,3}[.)-]|\(\d{1,3}\))[ \t]"
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*|(?<=[.:!?\"\u201d])[ \t]*\n\s*|[ \t]*\n[ \t]*(?=" + _ITEM + r")|"
                              r"[ \t]+(?=[\u2022\u25e6\u25aa\u2023][ \t])")
_CAPITALS_LINE = re.compile(r"[^\S\n]*(?=[^\n]*[A-Z][^\n]*[A-Z])[^a-z\n]+\n")   # a line with no lower-case letter


def _under_heading(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A headline in capitals on a line of its own ("13 EXPELLED FROM CANADA") over a story in ordinary case is a unit
    of its own, whatever the splitter joined to it; a telegram in capitals throughout stays as the splitter cut it."""
    m = _CAPITALS_LINE.match(text, a, b)
    if m is None or not re.search(r"[a-z]", text[m.end():b]):
        return [(a, b)]
    return [(a, m.end() - 1), (m.end(), b)]


_ITEM_START = re.compile(r"\s*" + _ITEM + r"\s*")
_FALLBACK_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"\u201d\u2019]?|$)")


def analysis_units(text: str, sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """Sentence spans, split at paragraph breaks, list items joined to their colon line, and what
    follows a colon on the same line joined to it (a splitter may cut "NORWAY, DENMARK: Two ...")."""
    return list(_analysis_units(text, tuple(sentences)))


@functools.lru_cache(maxsize=64)   # an article's asked twice: for its sentences to parse ahead (events.texts_to_parse),
def _analysis_units(text: str, sentences: tuple) -> tuple:   # then by its extraction (the same text and sentences)
    if not sentences:
        sentences = [Sentence(m.start(), m.end()) for m in _FALLBACK_SENTENCE.finditer(text) if m.group().strip()]
    pieces = []
    for s in sentences:
        start = s.start
        for br in _PARAGRAPH_BREAK.finditer(text, s.start, s.end):
            pieces.append((start, br.start()))
            start = br.end()
        pieces.append((start, s.end))
    pieces = [part for a, b in pieces for part in _under_heading(text, a, b)]
    pieces = [_strip(text, a, b) for a, b in pieces]
    pieces = [(a, b) for a, b in pieces if b > a]
    units: list[tuple[int, int]] = []
    for a, b in pieces:
        item = _ITEM_START.match(text, a, b)
        first = item.end() if item else a
        if units and text[units[-1][0]:units[-1][1]].endswith(":") and \
                (text[first:first + 1].islower() or "\n" not in text[units[-1][1]:a]):
            units[-1] = (units[-1][0], b)   # "the UK government will:" + "expel 23 ...", "NORWAY: Two ..."
        else:
            units.append((a, b))
    return tuple(piece for a, b in units for piece in _bounded(text, a, b))


MAX_UNIT_CHARS = 1500   # far above a real sentence; keeps work per unit bounded on pathological input


def _bounded(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Split a unit longer than MAX_UNIT_CHARS at its last clause break (';', ',', then space) before the
    limit. Work per unit grows with the square of its triggers, so one endless "sentence" must not
    cost minutes; real sentences are never this long."""
    out = []
    while b - a > MAX_UNIT_CHARS:
        limit = a + MAX_UNIT_CHARS
        cut = max(text.rfind(";", a, limit), text.rfind(",", a, limit))
        if cut <= a:
            cut = text.rfind(" ", a, limit)
        cut = cut + 1 if cut > a else limit
        out.append(_strip(text, a, cut))
        a = cut
    out.append(_strip(text, a, b))
    return [(x, y) for x, y in out if y > x]


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def is_boundary(tokens: Sequence[Token], k: int) -> bool:
    """A clause break inside a unit."""
    return tokens[k].norm in (";", "?", "!")


# the words a diplomatic noun can start with: every other token is answered without building keys
_PERSONNEL_STARTS = frozenset(key[0] for key in lex.PERSONNEL) | frozenset(key[0] for key in lex.WEAK_PERSONNEL)


def match_personnel(tokens: Sequence[Token], k: int, hi: int) -> Optional[tuple[int, str, bool]]:
    """(length, number, strong) of a diplomatic noun starting at token k."""
    if tokens[k].norm not in _PERSONNEL_STARTS:
        return None
    for length in range(min(lex.PERSONNEL_MAX_LEN, hi - k), 0, -1):
        key = tuple(t.norm for t in tokens[k:k + length])
        if key in lex.PERSONNEL:
            if k + length < len(tokens) and tokens[k + length].norm in lex.PERSONNEL_AS_MODIFIER:
                return None   # "their biggest spy swap", "a diplomat row": a word about them, not people
            number, strong = lex.PERSONNEL[key]
            return length, number, strong
    key = (tokens[k].norm,)
    if key in lex.WEAK_PERSONNEL:
        number, strong = lex.WEAK_PERSONNEL[key]
        return 1, number, strong
    return None
