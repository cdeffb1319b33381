"""A person's name the model cut at a hyphen inside it runs on through the hyphen to the rest of the word.

The tokenizer splits "Heung-soo", "Akufo-Addo" and "Gheorghiu-Dej" at the hyphen, and the model sometimes
ends the person's span there ("Yoo Heung" for "Yoo Heung-soo", "Nana Addo Dankwa Akufo" for "Nana Addo
Dankwa Akufo-Addo"): the name then looks up as someone else or no one, and the cut-off piece may be read as
a name of its own. `through_hyphens` gives such a span the whole hyphenated word back. A hyphen that joins a
name to an ordinary English word makes a compound, not a name ("Trump-backed", "Obama-era", "Putin-style"),
and a name joined to another name the model marks on its own is a pair ("the Putin-Xi summit"): both keep
the model's span.
"""
from __future__ import annotations

from spacy.tokens import Doc

HYPHENS = frozenset({"-", "\u2010", "\u2011"})

# inflections an English word takes after a name-compound hyphen ("-backed", "-led", "-leaning", "-ites")
_ENGLISH_ENDINGS = ("ed", "d", "ing", "s", "es", "er", "ers", "ite", "ites", "ist", "ists", "ism")


def _english(word: str, english: frozenset) -> bool:
    """Is the lower-case `word` an English word, or one with an inflection (`_ENGLISH_ENDINGS`)?"""
    if word in english:
        return True
    return any(word.endswith(end) and len(word) - len(end) >= 2 and
               (word[:-len(end)] in english or word[:-len(end)] + "e" in english) for end in _ENGLISH_ENDINGS)


def _run_on(doc: Doc, e: int, starts: set, english: frozenset) -> int:
    """The end of a person's span ending at token `e` once taken through a hyphen glued to its last word and
    the word glued after it, or `e` where no such word follows."""
    if e + 1 >= len(doc) or doc[e].text not in HYPHENS or doc[e - 1].whitespace_ or doc[e].whitespace_:
        return e
    word = doc[e + 1]
    if not word.is_alpha or e + 1 in starts or _english(word.lower_, english):
        return e   # "Trump-backed", "Obama-era"; "Putin-Xi": another name the model marks
    if word.text.islower() and len(word.text) > 4:
        return e   # a long lower-case word after the hyphen: rather a compound than a given name's syllable
    return e + 2


def through_hyphens(doc: Doc, ner: list, english: frozenset) -> list:
    """The model's (start, end, label) spans, a PERSON's cut at a hyphen inside a word run on to the word's
    end ("Yoo Heung" -> "Yoo Heung-soo"); the model's span of the piece after the hyphen, if any, is one
    of the spans this one now covers and goes when spans are merged."""
    starts = {s for s, _, _ in ner}
    return [(s, _run_on(doc, e, starts - {s}, english) if lab == "PERSON" else e, lab) for s, e, lab in ner]
