"""A known surname the gazetteer finds after a given name the model left out is one name with it.

The model now and then misses a name it does not know ("the latest blow to Mahinda Rajapaksa's bid"
has no person in it for the model), and the gazetteer, which looks for the surnames of leaders,
finds only "Rajapaksa", which alone is any Rajapaksa (in 2014 the sources hold a later president of
that name). A reader sees the whole name: a capitalised word right before the surname that can only
be a given name (gazetteer.given_names.given_name_before: no title, honorific, function word, month,
place or people) is the first word of the name, and the span takes it in. The resolver then reads
the full name, and the article's later bare surnames follow it.

So is a long name set off by commas that the model cut at its start ("its deputy ambassador, Ramesh
Chandra Mishra, left" came out as "Chandra Mishra"): `with_given_names_before_people`.
"""
from __future__ import annotations

import re
from typing import Sequence

from spacy.tokens import Doc

from gazetteer.given_names import given_name_before

SURNAME_LABEL = "GAZ:PERSON"


def with_given_names(doc: Doc, gaz: Sequence[tuple], found: set) -> list:
    """`gaz` ((start, end, label) token spans of the gazetteer's matches) with each one-word person's
    span reaching back over a given name right before it, where the model found neither word in a
    longer name (`found`: the tokens of the model's names of more than one word; a one-word name of
    the model's may be the surname cut from its given name: "a blow to Mahinda [Rajapaksa]'s plan")."""
    taken = {t for s, e, lab in gaz if lab != SURNAME_LABEL for t in range(s, e)} | set(found)
    out = []
    for s, e, lab in gaz:
        if lab == SURNAME_LABEL and e - s == 1 and s > 0 and s not in taken and s - 1 not in taken:
            if _given_name_right_before(doc, s):
                s -= 1
        out.append((s, e, lab))
    return out


def _given_name_right_before(doc: Doc, s: int) -> bool:
    """The word right before token `s` (s > 0) is capitalised, one space away, and can only be a given name
    (gazetteer.given_names.given_name_before: no title, honorific or function word)."""
    before = doc[s - 1]
    return before.is_alpha and before.is_title and doc[s].idx - before.idx == len(before.text) + 1 \
        and given_name_before(doc.text[:doc[s].idx]) is not None


_INITIAL = re.compile(r"^[A-Z]\.$")
_APPOSITION_ENDS = frozenset({",", ".", ";", ":", ")", "\u2013", "\u2014"})
_NOT_A_GIVEN_NAME = ("GAZ:COUNTRY", "GAZ:NORP", "GAZ:ORG", "GAZ:PERSON")


def with_given_names_before_initials(doc: Doc, ner: Sequence[tuple], gaz: Sequence[tuple]) -> list:
    """`ner` ((start, end, label) token spans) with each person's name that opens with a middle initial
    reaching back over the given name the model left out before it: "Secretary of State Antony J.
    Blinken" came out as "J. Blinken", and no one's name opens with a middle initial after a given
    name. The word taken in is a capitalised word right before the initial, a single space between,
    that can only be a given name (gazetteer.given_names.given_name_before: no title, honorific or
    function word) and that no other name holds (no state, people, body or known person: "the
    British J. Smith" keeps "British" apart)."""
    taken = {t for s, e, _ in ner for t in range(s, e)} \
        | {t for s, e, lab in gaz if lab in _NOT_A_GIVEN_NAME for t in range(s, e)}
    out = []
    for s, e, lab in ner:
        if lab == "PERSON" and e - s >= 2 and s > 0 and _INITIAL.match(doc[s].text) and s - 1 not in taken:
            if _given_name_right_before(doc, s):
                s -= 1
        out.append((s, e, lab))
    return out


def with_given_names_before_people(doc: Doc, ner: Sequence[tuple], gaz: Sequence[tuple]) -> list:
    """`ner` with the given name the model left out before a person's name taken in: before a middle
    initial (`with_given_names_before_initials`), and at the start of a name of two words or more that
    stands alone between commas, an apposition ("Ruritania's deputy ambassador, Ramesh Chandra Mishra,
    left" came out as "Chandra Mishra"; a name of three words is common in India, Latin America and
    Africa). The word taken in opens the apposition right after its comma, a single space before the
    model's name, can only be a given name (`gazetteer.given_names.given_name_before`: no title, rank,
    honorific or function word: "the pilot, Captain Kumar Arya," keeps "Captain" out) and no other name
    holds it; the name ends at a comma, a full stop or a bracket (the apposition's end)."""
    ner = with_given_names_before_initials(doc, ner, gaz)
    taken = {t for s, e, _ in ner for t in range(s, e)} \
        | {t for s, e, lab in gaz if lab in _NOT_A_GIVEN_NAME for t in range(s, e)}
    out = []
    for s, e, lab in ner:
        if lab == "PERSON" and e - s >= 2 and s >= 2 and s - 1 not in taken and doc[s - 2].text == "," \
                and (e == len(doc) or doc[e].text in _APPOSITION_ENDS) and _given_name_right_before(doc, s):
            s -= 1
        out.append((s, e, lab))
    return out
