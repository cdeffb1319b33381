"""A Korean or Chinese name of three words, family name first, written as the press writes it, with its two
given syllables joined by a hyphen: "Park Chung-hee" for the sources' "Park Chung Hee", "Chiang Kai-shek" for
"Chiang Kai Shek".

The sources (PHOENIX above all) write these people's given names as two words; news writes them hyphenated, and
where the model does not take the name for a person ("The Park Chung-hee administration ...") the recogniser
found nothing. Only people of the states that write the family name first and name their people by it
(gazetteer.family_name_last.NAMED_BY_FAMILY_NAME_FIRST; not Vietnam, whose names are not hyphenated), and only
names of exactly three capitalised words of letters, get the hyphenated form: "Mary Anne Smith" of Britain gets
none.
"""
from __future__ import annotations

from gazetteer.family_name_last import NAMED_BY_FAMILY_NAME_FIRST
from gazetteer.model import Entity


def _syllables(name: str) -> list:
    """The name's three words, if it is three capitalised words of letters only; else []."""
    words = name.split()
    if len(words) != 3 or not all(w.isalpha() and len(w) > 1 and w[0].isupper() and w[1:].islower()
                                  for w in words):
        return []
    return words


def hyphenated_given_names(e: Entity) -> set:
    """The person's three-word names with the given syllables hyphenated ("Park Chung Hee" -> "Park Chung-hee"),
    for a person of a state that writes the family name first; else none."""
    if e.entity_type != "PERSON" or e.country_code not in NAMED_BY_FAMILY_NAME_FIRST:
        return set()
    forms = set()
    for name in e.names():
        words = _syllables(name.strip())
        if words:
            forms.add(f"{words[0]} {words[1]}-{words[2].lower()}")
    return forms
