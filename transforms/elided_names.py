"""Known names with an elided article written with a space after the apostrophe, matched whole (used by
`gazetteer_matcher`).

French and Italian names elide an article before a vowel ("Côte d'Ivoire", "Valle d'Aosta"), and wire
copy often puts a space after the apostrophe: "Cote d' Ivoire expelled two diplomats". The tokenizer
then reads "d", "'" and "Ivoire" where the name's own tokens hold "d'Ivoire", so the phrase matcher
misses the name and the model finds only "Ivoire" (a body). Here the words are matched again with each
such elision closed up (one letter, an apostrophe run onto it with a space after, and a capitalised
word), and a name found across one is given with the text's own token offsets.
"""
from __future__ import annotations

from typing import Callable, Optional, Sequence

from spacy.tokens import Doc

_APOSTROPHES = frozenset({"'", "\u2019"})


def _elision_at(doc: Doc, i: int) -> bool:
    """Do tokens i, i+1, i+2 read one letter, an apostrophe run onto it with a space after, a capitalised word?"""
    if i + 2 >= len(doc):
        return False
    letter, mark, word = doc[i], doc[i + 1], doc[i + 2]
    return (len(letter.text) == 1 and letter.is_alpha and not letter.whitespace_ and mark.text in _APOSTROPHES
            and mark.whitespace_ == " " and word.is_alpha and word.text[:1].isupper())


def with_elisions_closed(doc: Doc) -> Optional[tuple[Doc, list[tuple[int, int]]]]:
    """The doc's tokens with each spaced elision closed up ("d", "'", "Ivoire" -> "d'Ivoire"), as a Doc of
    their own, and the (start, end) of `doc`'s tokens each of its tokens stands for; None when the doc
    has no such elision."""
    words, spaces, spans = [], [], []
    i, found = 0, False
    while i < len(doc):
        if _elision_at(doc, i):
            t = doc[i + 2]
            words.append(doc[i].text + doc[i + 1].text + t.text)
            spaces.append(bool(t.whitespace_))
            spans.append((i, i + 3))
            i, found = i + 3, True
            continue
        words.append(doc[i].text)
        spaces.append(bool(doc[i].whitespace_))
        spans.append((i, i + 1))
        i += 1
    return (Doc(doc.vocab, words=words, spaces=spaces), spans) if found else None


def matches_across_elisions(matcher: Callable, words: Doc,
                            spans: Sequence[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """The `matcher`'s (match_id, start, end) over `words` (from `with_elisions_closed`) that hold a closed
    elision, in the offsets of the doc `words` was made from."""
    out = []
    for match_id, start, end in matcher(words):
        if any(spans[k][1] - spans[k][0] > 1 for k in range(start, end)):
            out.append((match_id, spans[start][0], spans[end - 1][1]))
    return out
