"""Two states or peoples joined by a hyphen are two names: "U.S.-Iranian cooperation", "Nicaraguan-American
relations", "the joint United Kingdom-Czech letter", "British- Nigerian relations".

News writes a relation between two states as one hyphenated adjective. The model reads it as one name
(a nationality "Nicaraguan-American", a place "United Kingdom-Czech") or keeps only one half of it
("Nigerian" after "British- "), and spaCy's tokenizer keeps "U.S.-Iranian" as one word, so neither half
reaches the gazetteer. A reader sees two names. A mention whose text is two of the gazetteer's country
names or demonyms (as the gazetteer matcher knows them, case and all) joined by a hyphen, with at most a
space on either side of it, becomes those two names; the word just before a mention that is a country
name or demonym with a hyphen run onto it ("British- Nigerian") becomes a name of its own. A text that is
itself one known name ("Austria-Hungary", "Guinea-Bissau", "Czecho-Slovakia") stays whole, and so does a
pair whose halves are not both states or peoples ("Jean-Pierre", "Georgia-Pacific", "Sino-Soviet").

A stance for or against a state or people is written the same way: "an anti-Turkish position", "pro-Soviet
factions", "anti-American slogans". The model reads the whole word as a nationality no source holds; a reader
sees the state's demonym after "anti-" or "pro-". A mention whose text is one of those prefixes, a hyphen and
a country name or demonym becomes the name after the hyphen ("pro-Western" names no state and stays).
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

from transforms.records import RawMention

_HYPHEN = re.compile(r"\s?[-\u2010\u2011]\s?")
_LEFT_PARTNER = re.compile(r"([A-Z][\w.]*(?: [A-Z][\w.]*)?)[-\u2010\u2011] ?$")
_STANCE = re.compile(r"^(?:anti|pro)[-\u2010\u2011]", re.IGNORECASE)


def stance_target(text: str, national: frozenset) -> int:
    """Where the national name starts in `text` when it is "anti-"/"pro-" and one ("anti-Turkish": 5); else -1."""
    m = _STANCE.match(text)
    return m.end() if m and text[m.end():] in national else -1


def national_halves(text: str, national: frozenset) -> list:
    """(start, end) offsets in `text` of its two halves, when it is two national names joined by a hyphen;
    else []."""
    if text in national:
        return []
    for m in _HYPHEN.finditer(text):
        left, right = text[:m.start()], text[m.end():]
        if left in national and right in national:
            return [(0, m.start()), (m.end(), len(text))]
    return []


def _label(name: str, countries: frozenset) -> str:
    return "GAZ:COUNTRY" if name in countries else "GAZ:NORP"


def split_national_pairs(text: str, mentions: Sequence[RawMention], countries: Iterable[str],
                         demonyms: Iterable[str]) -> list:
    """`mentions` (of the article `text`) with each hyphenated pair of national names made two mentions,
    and the national name run onto a hyphen just before a mention added (module doc)."""
    countries = frozenset(countries)
    national = countries | frozenset(demonyms)
    out = []
    held = {(m.start_char, m.end_char) for m in mentions}
    for m in mentions:
        cut = stance_target(m.text, national)
        if cut > 0:
            if (m.start_char + cut, m.end_char) not in held:
                name = m.text[cut:]
                out.append(RawMention(m.start_char + cut, m.end_char, name, _label(name, countries),
                                      m.sentence_index, "gazetteer", (m.context_before + m.text[:cut])[-80:],
                                      False, m.word_after))
            continue
        halves = national_halves(m.text, national)
        if not halves:
            out.append(m)
            continue
        for s, e in halves:
            if (m.start_char + s, m.start_char + e) in held:
                continue   # the gazetteer's name inside the model's span is a mention already
            name = m.text[s:e]
            before = (m.context_before + m.text[:s])[-80:]
            after = m.word_after if e == len(m.text) else ""
            out.append(RawMention(m.start_char + s, m.start_char + e, name, _label(name, countries),
                                  m.sentence_index, "gazetteer", before, False, after))
    covered = [(m.start_char, m.end_char) for m in out]
    for m in list(out):
        if m.text not in national:
            continue
        found = _LEFT_PARTNER.search(m.context_before)
        if found is None or found.group(1) not in national:
            continue
        end = m.start_char - (len(m.context_before) - found.end(1))
        start = end - len(found.group(1))
        if text[start:end] != found.group(1) or any(s < end and start < e for s, e in covered):
            continue
        name = found.group(1)
        out.append(RawMention(start, end, name, _label(name, countries), m.sentence_index, "gazetteer",
                              m.context_before[:found.start(1)], False, m.text.split()[0]))
        covered.append((start, end))
    return out
