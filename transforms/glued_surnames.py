"""Two people's surnames joined by a hyphen or a slash are two names: "NKOMO-MUGABE TALKS", "ABE/PUTIN MEETING".

Headlines and wire copy name a meeting of two people by their surnames glued together ("the Sadat-Begin
talks", "THATCHER/KOHL TALKS ON EC BUDGET"). spaCy's tokenizer keeps such a pair as one word and the
model finds no name in it. A reader sees two people, and knows them when the story names them in full.
So a word of two parts joined by one hyphen or slash, each part the surname (the last word) of a
different person the article names in full, is two mentions of those surnames, as a repeated surname
is ("echo"). A part no such person bears, one person's double surname ("Houphouet-Boigny", "Díaz-Canel"
inside "Miguel Díaz-Canel"), and a word inside a person's name keep what they were.
"""
from __future__ import annotations

import re
from typing import Sequence

from transforms.records import RawMention

_GLUED = re.compile(r"(?<![\w\-/])([^\W\d_]{2,})\s?[-/\u2010\u2011]\s?([^\W\d_]{2,})(?![\w\-/])")
_PEOPLE = ("PERSON", "GAZ:PERSON", "SPEAKER")
_BEFORE_CHARS = 80


def _person(m: RawMention) -> bool:
    return any(lab in _PEOPLE for lab in m.label.split("|"))


def full_name_surnames(mentions: Sequence[RawMention]) -> dict:
    """casefolded surname -> the full names (of two words or more) of the article's people that end in it."""
    out: dict = {}
    for m in mentions:
        words = m.text.split()
        if _person(m) and len(words) >= 2 and words[-1].isalpha():
            out.setdefault(words[-1].casefold(), set()).add(" ".join(words).casefold())
    return out


def _sentence_of(sentences: Sequence, at: int) -> int:
    return next((i for i, s in enumerate(sentences) if s.start <= at < s.end), -1)


def glued_surnames(text: str, sentences: Sequence, mentions: Sequence[RawMention]) -> list:
    """`mentions` of the article `text` with each pair of its people's surnames glued by a hyphen or a
    slash added as two mentions (see the module's doc)."""
    surnames = full_name_surnames(mentions)
    if len(surnames) < 2:
        return list(mentions)
    people = [(m.start_char, m.end_char) for m in mentions if _person(m)]
    out = list(mentions)
    for g in _GLUED.finditer(text):
        left, right = g.group(1).casefold(), g.group(2).casefold()
        if left == right or left not in surnames or right not in surnames or surnames[left] & surnames[right]:
            continue
        if any(s < g.end() and g.start() < e for s, e in people):
            continue   # "Miguel Díaz-Canel": a part of a person's name
        sent = _sentence_of(sentences, g.start())
        start_of_sentence = sentences[sent].start if sent >= 0 else 0
        for k in (1, 2):
            s, e = g.span(k)
            before = text[max(start_of_sentence, s - _BEFORE_CHARS):s]
            after = re.match(r"[^\w]*(\w*)", text[e:]).group(1) if k == 2 else ""
            out.append(RawMention(s, e, g.group(k), "PERSON", sent, "echo", before, False, after))
    return out
