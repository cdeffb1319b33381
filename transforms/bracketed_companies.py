"""A name in angle brackets is a company's, whole: "<All Nippon Airways>", "<Banco do Brasil>".

Wire copy marks the companies it names with angle brackets ("<Bank of Tokyo Ltd> said ...",
"<Banco do Brasil> lent ..."). What the brackets enclose is one name, a company's, whatever words it is
made of: "Nippon" in "<All Nippon Airways>" is no mention of Japan, and "Banco" and "Brasil" that the
model read as a person and a country are one bank. So the names found strictly inside the brackets go,
and the bracketed name is kept as one mention: the model's own span, or a new ORG span when the model cut
it in pieces or read it as no body. A mention the model read whole as a body keeps its label.

Only a name's shape counts as bracketed: capitalised words, with the linking words of names between them
("of", "do", "de", "and", "&"), on one line; a ticker ("<IBM>") or a bracketed phrase of prose is left
as it is.
"""
from __future__ import annotations

import re
from typing import Sequence

from transforms.nested_names import LINKING_WORDS
from transforms.records import RawMention

_BRACKETED = re.compile(r"<([A-Z][^<>\n]{1,80}?)>")
_BODY_LABELS = ("ORG", "GAZ:ORG", "GAZ:PARTY")


def _name_shaped(content: str) -> bool:
    """Capitalised words (or linking words between them), a lower-case letter somewhere (no ticker)."""
    words = content.split()
    if not words or len(words) > 10 or not any(c.islower() for c in content):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in ("&", "-") or w.lower() in LINKING_WORDS
               for w in words) and not words[-1].lower() in LINKING_WORDS


def bracketed_spans(text: str) -> list:
    """(start, end) of every company name in angle brackets in `text` (the name without the brackets)."""
    return [(m.start(1), m.end(1)) for m in _BRACKETED.finditer(text or "") if _name_shaped(m.group(1))]


def _sentence_of(sentences: Sequence, start: int) -> int:
    return next((k for k, s in enumerate(sentences) if s.start <= start < s.end), -1)


def bracketed_companies(text: str, sentences: Sequence, mentions: list) -> list:
    """`mentions` (RawMention) with the names strictly inside a bracketed company name dropped, and the
    bracketed name kept whole (see the module's doc)."""
    spans = bracketed_spans(text)
    if not spans:
        return mentions
    out = list(mentions)
    for a, b in spans:
        inside = [m for m in out if a <= m.start_char and m.end_char <= b]
        if not inside:
            continue   # the model found no name here: nothing to mend
        whole = next((m for m in inside if (m.start_char, m.end_char) == (a, b)), None)
        out = [m for m in out if m not in inside]
        if whole is not None and any(lab in _BODY_LABELS for lab in whole.label.split("|")):
            out.append(whole)
            continue
        k = _sentence_of(sentences, a)
        start = sentences[k].start if k >= 0 else 0
        after = re.match(r"\s*(\w+|\S)", text[b:])
        out.append(RawMention(a, b, text[a:b], "ORG", k, whole.origin if whole else "ner", text[max(start, a - 80):a],
                              False, after.group(1) if after else ""))
    out.sort(key=lambda m: (m.start_char, -m.end_char))
    return out
