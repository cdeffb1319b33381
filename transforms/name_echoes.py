"""Standalone repeats of a word of a person's full name that the model left unlabelled ("Bo" after "Bo Xilai",
"Ulufa'alu" after "Bartholomew Ulufa'alu"), and the whole unrecognised name such a repeat is a word of ("Ernesto
Samper" beside "Ernesto Perez Balladares")."""
from __future__ import annotations

from typing import Sequence

from spacy.attrs import ORTH
from spacy.tokens import Doc

from transforms.name_spans import _is_english


def _proper(tok) -> bool:
    """A title-case word that is not a stop word: a proper noun, as far as tokens tell."""
    return tok.is_title and not tok.is_stop and tok.is_alpha


_APOSTROPHES = ("'", "\u2019")


def name_cased(text: str) -> bool:
    """Is `text` written as a name word is: title case ("Xilai", "O'Brien"), or a capital and lower-case
    letters with an apostrophe inside, the glottal stop or elided vowel of a transliteration ("Ulufa'alu",
    "Ja'afari"), which str.istitle refuses for the lower-case letter after the apostrophe?"""
    if text.istitle():
        return True
    letters = text
    for a in _APOSTROPHES:
        letters = letters.replace(a, "")
    return (text[:1].isupper() and len(letters) > 2 and letters.isalpha() and letters[1:].islower()
            and text[-1] not in _APOSTROPHES and any(a in text[1:-1] for a in _APOSTROPHES))


_ECHO_NAME_MAX_WORDS = 3


def name_echoes(doc: Doc, person_spans: Sequence[tuple[int, int]], used_tokens: set,
                english: frozenset = frozenset()) -> list[tuple[int, int]]:
    """Standalone repeats of a word of a full name given earlier or later ("Bo" after "Bo Xilai"). A repeat
    run into other name words no span covers is a word of another name the model missed: the echo is that
    whole name ("Presidents Ernesto Samper of Colombia, Ernesto Perez Balladares of Panama": "Ernesto
    Samper", not an "Ernesto" that is Perez Balladares), over title-case words that are no English words
    (`english`, the lemmatizer's: "Bush Administration" stays "Bush"), within the sentence."""
    words = set()
    for s, e in person_spans:
        if e - s >= 2:
            words.update(t.text for t in doc[s:e] if name_cased(t.text) and len(t.text) >= 2 and not t.is_stop)
    if not words:
        return []
    wanted = {doc.vocab.strings[w] for w in words}   # (the words' hashes: no Token made for the others)
    found = [i for i, orth in enumerate(doc.to_array(ORTH).tolist())
             if orth in wanted and i not in used_tokens and doc[i].text in words]
    if not english:
        return [(i, i + 1) for i in found]

    def name_word(j: int) -> bool:
        return j not in used_tokens and _proper(doc[j]) and not _is_english(doc[j].lower_, english)

    out, covered = [], set()
    for i in found:
        if i in covered:
            continue
        s, e = i, i + 1
        while e < len(doc) and e - s < _ECHO_NAME_MAX_WORDS and not doc[e].is_sent_start and name_word(e):
            e += 1
        while s > 0 and e - s < _ECHO_NAME_MAX_WORDS and not doc[s].is_sent_start and name_word(s - 1):
            s -= 1
        out.append((s, e))
        covered.update(range(s, e))
    return out
