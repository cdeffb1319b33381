"""Text whose every line is followed by a blank line: the line breaks of prose wrapped at a fixed
width, doubled by a copy from a PDF or a web page ("The expulsions of Soviet representatives from
foreign\\n\\ncountries continued ...", "the United\\n\\nStates"). There a blank line is no paragraph's
end, and a name cut by it ("Mikhail\\n\\nGorbachev") is one name.

A text is written so when it has many paragraphs (`MIN_PARAGRAPHS`), most of them short, as lines
are (`SHORT_SHARE` under `SHORT_CHARS` characters), and most ending with no full stop or other
closing mark (`OPEN_SHARE`): a story of real paragraphs ends nearly all of them with one, and
a parliamentary record's speakers' names ("Mr. Luce\\n\\nStrict limits ...") are too few of its
paragraphs. In such a text, `unwrap()` turns each blank line after a line that ends open, before a
line that goes on with a word, into a space and a single line break: the same length, so every
offset stays, and a single break of wrapped prose is what the name spans already read as a space
(transforms/name_spans.wrapped_line_break). A line ending with a full stop keeps its blank line.
"""
from __future__ import annotations

import re

MIN_PARAGRAPHS = 8
SHORT_CHARS = 90
SHORT_SHARE = 0.8
OPEN_SHARE = 0.6
_CLOSED = re.compile(r"[.!?:;\"'\u201d\u2019)\]]\s*$")
_BLANK = re.compile(r"(?<=\S)\n\n(?=[\w(\"\u201c])")


def blank_line_wrapped(text: str) -> bool:
    """Are the text's blank lines the breaks of wrapped lines (see the module's doc)?"""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    if len(paragraphs) < MIN_PARAGRAPHS:
        return False
    short = sum(len(p.strip()) < SHORT_CHARS for p in paragraphs)
    open_ = sum(not _CLOSED.search(p) for p in paragraphs)
    return short >= SHORT_SHARE * len(paragraphs) and open_ >= OPEN_SHARE * len(paragraphs)


def unwrap(text: str) -> str:
    """The text, its blank lines that break a wrapped line made " \\n" (same length; see the module's doc)."""
    if "\n\n" not in text or not blank_line_wrapped(text):
        return text
    return _BLANK.sub(lambda m: "\n\n" if _CLOSED.search(text[max(0, m.start() - 3):m.start()]) else " \n", text)
