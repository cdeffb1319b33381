"""Royal and religious titles before a person's name: "Crown Prince Fahd" is Fahd, "Sheikh Zayed bin
Sultan" is Zayed bin Sultan, "Ayatollah Khomeini" is Khomeini.

The title is no part of the name a reader marks, nor of the name a gazetteer lists a person by, so
a person's span starts after it (as after "Mr." or "Lord": transforms/name_spans.strip_titles).

A name the gazetteer knows with its title and one word after it ("Sheikh Hasina", "Prince Johnson",
"Ayatollah Khamenei") keeps the title: there it is part of the name, or the one word would be too
little to find the person by.

Some of these words are also given names: "Emir Kusturica" and "Amir Peretz" are people called
Emir and Amir, and "Prince Sultan" is a prince called Sultan. Such a word (`NAME_OR_TITLE`) is
taken for a title only when the text shows it is one: the name after it is a dynastic name ("Emir
Tamim bin Hamad", "Sultan Qaboos bin Said", "Emir Jaber al-Ahmad al-Sabah"), another title follows
it ("Emir Sheikh Jaber"), or the article uses the word in lower case, as a title ("the emir said").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from gazetteer.royal_names import NAME_OR_TITLE, ONLY_BEFORE_A_TITLE as _ONLY_BEFORE_A_TITLE, ROYAL_TITLES

# Particles of a dynastic Arabic name ("bin Hamad", "ibn Saud", "al-Sabah", "Al Thani").
_DYNASTIC = re.compile(r"^(bin|ibn|bint|al|el|al-.+|el-.+)$", re.IGNORECASE)


def _word(tok) -> str:
    return tok.text.lower().rstrip(".")


def _is_title(doc: Doc, i: int, end: int) -> bool:
    """Is token i, inside a person's span ending at `end`, a royal or religious title?"""
    w = _word(doc[i])
    if not doc[i].text[:1].isupper() or i + 1 >= end:
        return False
    nxt = _word(doc[i + 1])
    if w in _ONLY_BEFORE_A_TITLE:   # "Crown Prince", "Royal Highness Princess"
        return nxt in ROYAL_TITLES or nxt in NAME_OR_TITLE
    if w in ROYAL_TITLES:
        return True
    if w in NAME_OR_TITLE:
        return _shows_title(doc, i, end, w)
    return False


def _shows_title(doc: Doc, i: int, end: int, word: str) -> bool:
    """Does the text show that `word` (emir, sultan ...) at token i is a title, not a given name?"""
    rest = [doc[t] for t in range(i + 1, end)]
    if _DYNASTIC.match(rest[0].text):
        return False   # "Sultan bin Abdulaziz": a prince called Sultan, son of Abdulaziz
    if _word(rest[0]) in ROYAL_TITLES or _word(rest[0]) in NAME_OR_TITLE:
        return True   # "Emir Sheikh Jaber"
    if any(_DYNASTIC.match(t.text) for t in rest[1:]):
        return True   # "Sultan Qaboos bin Said", "Emir Jaber al-Ahmad al-Sabah"
    return any(t.lower_ == word and t.text.islower() for t in doc)   # "the emir said"


def strip_royal_titles(doc: Doc, start: int, end: int, known: frozenset = frozenset()) -> int:
    """The start of a person's span moved past leading royal and religious titles, if a name (a
    capitalised word) follows them; a span of titles only is left alone, and so is a name of one word
    after its title that `known` (the (start, end) token bounds of names the gazetteer knows) holds."""
    s = start
    while s < end - 1 and _is_title(doc, s, end):
        s += 1
    if s == start or not doc[s].text[:1].isupper() or _word(doc[s]) in ("of", "the"):
        return start   # "Prince of Wales", "Crown Prince" alone
    if end - s == 1 and (start, end) in known:
        return start   # "Sheikh Hasina"
    return s


def only_titles(doc: Doc, start: int, end: int) -> bool:
    """Is a person's span nothing but royal or religious titles ("Sheikh", "Crown Prince") cut off
    from the name after it: no name of anyone?"""
    return all(_word(doc[t]) in ROYAL_TITLES for t in range(start, end))
