"""Known names cut by a line break of hard-wrapped prose, matched whole (used by `gazetteer_matcher`).

A newswire's text is wrapped at a fixed width, so a name of two words or more is often cut by a line
break: "criticised West\\nGermany", "Saudi\\nArabia", "New\\nMexico", "North\\nKingstown". A phrase matcher
reads the break as a token of its own and finds only the piece after it, which names something else
(Germany of today, a person named Arabia, the country Mexico, the capital of St Vincent). Here the
words are matched again with the single line breaks of wrapped prose
(`name_spans.wrapped_line_break`) taken out, and a name found across one is given with the text's own
token offsets, the break inside it: the whole name is known, and its pieces are pieces
(`nested_names`). A paragraph's end or a heading's line is no such break.
"""
from __future__ import annotations

from typing import Callable, Optional, Sequence

from spacy.tokens import Doc

from transforms.name_spans import wrapped_line_break


def without_line_breaks(doc: Doc) -> Optional[tuple[Doc, list[int]]]:
    """The doc's tokens less the line breaks of wrapped prose, as a Doc of their own, and each of its
    tokens' index in `doc`; None when the doc has no such break."""
    breaks = {t.i for t in doc if t.text == "\n" and wrapped_line_break(doc, t.i)}
    if not breaks:
        return None
    kept = [t.i for t in doc if t.i not in breaks]
    words = Doc(doc.vocab, words=[doc[i].text for i in kept], spaces=[bool(doc[i].whitespace_) for i in kept])
    return words, kept


def matches_across_breaks(matcher: Callable, words: Doc, kept: Sequence[int]) -> list[tuple[int, int, int]]:
    """The `matcher`'s (match_id, start, end) over `words` (from `without_line_breaks`) that run across a
    line break, in the offsets of the doc `words` was made from."""
    out = []
    for match_id, start, end in matcher(words):
        first, last = kept[start], kept[end - 1]
        if last - first + 1 != end - start:
            out.append((match_id, first, last + 1))
    return out
