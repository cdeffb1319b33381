"""A sentence as the parser reads it best (`readable_case`): telegrams and headlines in capitals, and headlines in
title case, lower-cased but for the names the recogniser found; a debate's "hon.", "persona-non-grata", asides
between dashes and the marks of a partial quotation made plain; always the same length, so that every offset stays."""
from __future__ import annotations

import re
from typing import Sequence

from transforms.debate_abbreviations import parse_readable
from transforms.records import Mention
from transforms.expulsions.lexicon import dashes_as_commas, partial_quotes_unmarked, standard_words
from transforms.expulsions.parse_words import DECLARE, EXPEL, ORDER, PATTERNS, normalise

_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")
_TITLE_SMALL_WORDS = {"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "to", "for", "at", "by", "as",
                      "from", "with", "over", "after", "into", "amid", "vs"}


def _title_case(sentence: str, names: Sequence[tuple[int, int]] = ()) -> bool:
    """A headline in title case ("Philippines Urges Expulsion Of Chinese Diplomats In Sea Dispute", "Poland Expels
    Russian Diplomats for Alleged Espionage", "Ireland Expels Russian Diplomat"): one line, four words or more, every
    one capitalised but the small words of a title, and no word in capitals throughout (which lower case would lose)
    but inside the `names` (offsets in the sentence) the recogniser found, which are kept as written ("UK Expels ...")."""
    if "\n" in sentence.strip():
        return False
    words = [m for m in _WORD.finditer(sentence) if m.group() not in _TITLE_SMALL_WORDS]
    return len(words) >= 4 and all(m.group()[:1].isupper() for m in words) and not any(
        len(m.group()) > 1 and m.group().isupper() and not any(a <= m.start() and m.end() <= b for a, b in names)
        for m in words)


_VERBS_OF_TITLES = EXPEL | DECLARE | ORDER | frozenset(PATTERNS["particle_verbs"])


def _title_verb(word: str) -> bool:
    """"Expels", "Orders", "Declares", "Kicks" in "Austria Expels a Russian Diplomat": a form of a trigger's verb that
    ends in -s or -ed, which a title's name never holds though the recogniser may take it into one ("Austria
    Expels" as a person)."""
    w = normalise(word)
    return w.endswith(("s", "ed")) and any(w in (lem + "s", lem + "es", lem + "ed", lem + "d", lem + lem[-1] + "ed")
                                          for lem in _VERBS_OF_TITLES)


def _name_words(sentence: str, start: int, end: int) -> list[tuple[int, int]]:
    """The words of a name (offsets in the sentence) to keep as written in a title: all of them but a trigger's verb."""
    return [(start + m.start(), start + m.end()) for m in _WORD.finditer(sentence[start:end]) if not _title_verb(m.group())]


_DECK = re.compile(r"\s[\u2013\u2014-]\s")   # "UK Expels Russian Diplomats \u2013 23 have a week to leave"


def _title_head(sentence: str, names: Sequence[tuple[int, int]] = ()) -> int:
    """How much of the sentence is a headline in title case: all of it, or the headline before a dash when a deck in
    sentence case follows it ("UK Expels Russian Diplomats \u2013 23 have a week to leave"); 0 for none."""
    if _title_case(sentence, names):
        return len(sentence)
    dash = _DECK.search(sentence)
    return dash.start() if dash is not None and _title_case(sentence[:dash.start()], names) else 0


def readable_case(text: str, a: int, b: int, mentions: Sequence[Mention]) -> str:
    """text[a:b] as the parser reads it best: a sentence in capitals ("GHANAIAN MFA THIS MORNING INFORMED
    SOVIET AMBASSADOR THAT TWO SOVIET EMBOFFS DECLARED PNG", telegrams and headlines) in lower case, with
    the names the recogniser found and the sentence's first letter capitalised, so that the parser sees
    numbers, verbs and names for what they are; a headline in title case (the part before a dash, when a deck in
    sentence case follows) the same, its names kept as written; same length, so every offset stays. Other text as it
    is, but for a debate's "hon." written as a word ("the right hon. Gentleman": transforms/debate_abbreviations.py),
    "persona-non-grata" written with spaces, an aside between dashes set off by commas and the marks of a partial
    quotation made spaces (lexicon.partial_quotes_unmarked)."""
    sentence = partial_quotes_unmarked(dashes_as_commas(standard_words(parse_readable(text[a:b]))))
    letters = [c for c in sentence if c.isalpha()]
    if len(letters) < 20:
        return sentence
    mentions = [m for m in mentions if not (m.start_char <= a and m.end_char >= len(text[:b].rstrip(" .")))]
    # (a "name" the recogniser found over the whole headline, "Ireland Expels Russian Diplomat", is none)
    capitals = sum(c.isupper() for c in letters) >= 0.8 * len(letters)
    names = [(max(m.start_char, a) - a, min(m.end_char, b) - a) for m in mentions if m.start_char < b and m.end_char > a]
    head = len(sentence) if capitals else _title_head(sentence, names)
    if not head:
        return sentence
    lowered = sentence[:head].lower() + sentence[head:]
    if len(lowered) != len(sentence):
        return sentence
    chars = list(lowered)
    if not capitals:   # a title's names as written ("UK", "McDonald")
        for start, end in (w for a0, b0 in names for w in _name_words(sentence, a0, min(b0, head))):
            chars[start:end] = sentence[start:end]
    starts = [m.start_char for m in mentions if a <= m.start_char < b]
    for m in mentions:
        if a <= m.start_char < b:
            starts += [m.start_char + i + 1 for i, c in enumerate(text[m.start_char:min(m.end_char, b) - 1]) if c == " "]
    first = next((i for i, c in enumerate(chars) if c.isalpha()), None)
    for i in (starts if capitals else []) + ([a + first] if first is not None else []):
        if a <= i < a + head:
            chars[i - a] = chars[i - a].upper()
    return "".join(chars)
