"""A nationality run into a person's name is no body's name: "the Brazilian Ernesto Araújo" is a Brazilian,
Ernesto Araújo.

News written for another language's readers names foreign ministers by their nationality alone ("his peers,
the Brazilian Ernesto Araújo, the Uruguayan Francisco Bustillo and the Paraguayan Euclides Acevedo"), and the
model reads the nationality and the name as one body ("Brazilian Ernesto Araújo" ORG; "Paraguayan Rafael Lopez" as one person), so no one, or no one by his own
name, is named.
The nationality is found on its own already (a nested mention); the rest is a person's name when it is two or
three capitalised words whose first is a given name by the gazetteer's own people (far more of them open their
names with it than end with it: gazetteer.given_names.is_given_name) and none is a word of a body's name
("the Brazilian Workers Party", "the Russian Orthodox Church", "the Pakistani Air Force" stay bodies).
"""
from __future__ import annotations

import re
from typing import Sequence

from gazetteer.given_names import is_given_name
from gazetteer.model import INSTITUTION_WORDS
from transforms.records import RawMention

LABELS = ("ORG", "NORP", "GPE", "FAC", "LOC", "PERSON")   # a body's, a place's or a person's with the nationality
# words of bodies' names besides the gazetteer's institution words
BODY_WORDS = frozenset(INSTITUTION_WORDS) | {
    "force", "forces", "corps", "church", "cross", "news", "airways", "airlines", "foundation", "institute",
    "university", "college", "school", "street", "television", "radio", "times", "post", "movement", "front",
    "guard", "guards", "navy", "brigade", "association", "federation", "organization", "organisation", "club",
    "company", "corporation", "airport", "museum", "hospital", "centre", "center", "prize", "award", "cup",
}
_NAME_WORD = re.compile(r"^[A-Z][\w'’-]*$")


def person_after_demonym(gaz, m: RawMention):
    """The mention of the person's name after the nationality that opens `m`, or None."""
    if gaz is None or m.label.split("|")[0] not in LABELS:
        return None
    first, _, rest = m.text.partition(" ")
    words = rest.split()
    if not (2 <= len(words) <= 3) or gaz.lookup_demonym(first) is None:
        return None
    if not all(_NAME_WORD.match(w) for w in words) or any(w.lower() in BODY_WORDS for w in words):
        return None
    if not is_given_name(gaz, words[0]) or gaz.lookup_demonym(words[0]) is not None:
        return None
    start = m.start_char + len(first) + 1
    return m._replace(start_char=start, text=rest, label="PERSON",
                      context_before=(m.context_before + first + " ")[-80:])


def people_after_demonyms(gaz, raw_mentions: Sequence[RawMention]) -> list:
    """`raw_mentions` with each name that is a nationality and a person's name read as the two: the person's
    name (unless it is a mention already: a name the gazetteer holds, found inside) and the nationality
    (unless it is one already: the model's span was a body's, with the nationality nested in it)."""
    spans = {(m.start_char, m.end_char) for m in raw_mentions}
    out = []
    for m in raw_mentions:
        person = person_after_demonym(gaz, m)
        if person is None:
            out.append(m)
            continue
        nationality = (m.start_char, person.start_char - 1)
        if nationality not in spans:
            out.append(m._replace(end_char=nationality[1], text=m.text[:nationality[1] - m.start_char],
                                  label="GAZ:NORP"))
        if (person.start_char, person.end_char) not in spans:
            out.append(person)
    return out
