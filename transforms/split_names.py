"""A long name the model split in two: "Foreign Minister Shah Mahmood Qureshi" came out as a person
"Shah Mahmood" and a body "Qureshi", "Nadjib Riphat Kesoema" as "Nadjib Riphat" and "Kesoema".

The small model knows few Pakistani, Indonesian or Arabic names of three words and ends the person
where its patterns end; the word left over becomes a one-word body. A reader sees one name: a
person's span of two words or more, and right after it, a single space between, one capitalised word
the model calls a body or a place ("Mr Kurshid Mehmood" and a place "Kasuri") and the gazetteer knows as
no body, place or country. That word is the person's last name. Capitals ("NATO"), a word the gazetteer knows otherwise ("Kremlin"), a line
break or any mark between ("Boris Johnson, Reuters") keep the two names apart.
"""
from __future__ import annotations

from spacy.tokens import Doc

_KNOWN_OTHERWISE = ("GAZ:ORG", "GAZ:COUNTRY", "GAZ:CITY", "GAZ:NORP", "GAZ:OTHER", "GAZ:PARTY")
_GUESSED_LABELS = ("ORG", "GPE", "LOC")   # what the model makes of a last name it does not know


def rejoined_surnames(doc: Doc, ner: list, gaz: list) -> list:
    """`ner` ((start, end, label) token spans, in order) with a person's span and the one-word body the
    model made of its last word joined into one person."""
    known = {t for s, e, lab in gaz if lab in _KNOWN_OTHERWISE for t in range(s, e)}
    spans = sorted(ner)
    out, i = [], 0
    while i < len(spans):
        s, e, lab = spans[i]
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        if lab == "PERSON" and e - s >= 2 and nxt is not None and nxt[2] in _GUESSED_LABELS and nxt[0] == e \
                and nxt[1] == e + 1 and doc[e - 1].whitespace_ == " " and e not in known \
                and doc[e].is_alpha and doc[e].text[:1].isupper() and not doc[e].text.isupper() \
                and not doc[e].is_sent_start:
            out.append((s, e + 1, "PERSON"))
            i += 2
            continue
        out.append(spans[i])
        i += 1
    return out


_NAME_WORD_MAX = 2   # name words the model may leave after a person's span ("Aung San" and "Suu Kyi")


def run_on_name_words(doc: Doc, ner: list, gaz: list, english: frozenset) -> list:
    """`ner` ((start, end, label) token spans) with a person's span of two words or more taking in the
    one or two capitalised words the model left right after it, where those words are no English word
    (WordNet's, as the lemmatizer lists them: "Thursday", "Street", "Government" are) nor a stop word
    ("The" opening a sentence the sentencizer missed), no name the
    gazetteer or the model knows, and a space apart: "NLD leader Aung San Suu Kyi during his visit" came
    out as a person "Aung San" and nothing else. The name then ends where a reader ends it."""
    if not english:
        return list(ner)
    held = {t for s, e, _ in ner for t in range(s, e)} | {t for s, e, _ in gaz for t in range(s, e)}
    out = []
    for s, e, lab in ner:
        if lab == "PERSON" and e - s >= 2:
            stop = e
            while stop < len(doc) and stop - e < _NAME_WORD_MAX and stop not in held \
                    and doc[stop - 1].whitespace_ == " " and doc[stop].is_alpha and doc[stop].is_title \
                    and not doc[stop].is_sent_start and not doc[stop].is_stop and doc[stop].lower_ not in english:
                stop += 1
            if stop > e and (stop == len(doc) or not (doc[stop].is_alpha and doc[stop].is_title)):
                e = stop   # the name's words end there: a lower-case word, a mark or the text's end follows
        out.append((s, e, lab))
    return out


GENERATIONAL_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def with_generational_suffix(doc: Doc, ner: list) -> list:
    """`ner` with a person's span of two words or more taking in the generational suffix written after a
    comma ("Arthur H. Davis, Jr.", "Thomas Smith, III"): the model ends the name at the comma, and the
    suffix is part of the name the sources and reference works give."""
    out = []
    for s, e, lab in ner:
        if lab == "PERSON" and e - s >= 2 and e + 1 < len(doc) and doc[e].text == "," \
                and doc[e + 1].lower_ in GENERATIONAL_SUFFIXES and doc[e + 1].text[:1].isupper() \
                and doc[e].whitespace_ == " " and (e + 2 == len(doc) or not doc[e + 2].is_title
                                                   or doc[e + 1].text.endswith(".")):
            e += 2
        out.append((s, e, lab))
    return out
