"""A Spanish name written with both surnames, of a person the sources hold by the first alone: "Salvador Allende
Gossens" is Salvador Allende.

A Spanish name gives its bearer two surnames, the father's and then the mother's. News of the time often writes
both ("Marxist President Salvador Allende Gossens ... Allende"), the sources often the father's alone. A person's
name of three words (a given name and two surnames) is asked as its first two when

- no source holds the three words as a person's name,
- the second word is no given name (the sources know it far more as a surname: "Juan Carlos Varela" is no "Juan
  Carlos" and a third name), and the third is a capitalised word, and
- exactly one person of a Spanish-speaking state is held by the first two.

The text's other mentions of the person ("Allende") then find him as they find any name the sources hold.
Portuguese names put the mother's surname first and the father's last ("Luiz Inácio Lula da Silva"): not
these.
"""
from __future__ import annotations

from typing import Optional, Sequence

from gazetteer.given_names import is_given_name
from gazetteer.people import person_name_key
from gazetteer.resolution import NameQuery
from gazetteer.spanish_surnames import SPANISH_NAMING_STATES



def _only_first_surname_held(gaz, words: list) -> bool:
    full, shorter = " ".join(words), " ".join(words[:2])
    if gaz.lookup_exact(full, types=("PERSON",)):
        return False
    held = {e.entity_id for e in gaz.lookup_exact(shorter, types=("PERSON",))
            if e.country_code in SPANISH_NAMING_STATES}
    return len(held) == 1


def without_mothers_surname(gaz, queries: Sequence[Optional[NameQuery]]) -> list:
    """`queries`, a person's Spanish name of a given name and two surnames asked without the second surname when
    the sources hold the person by the first alone (see the module's doc)."""
    out = list(queries)
    if gaz is None:
        return out
    for i, q in enumerate(queries):
        if q is None or "PERSON" not in q.label:
            continue
        words = q.text.split()
        if len(person_name_key(q.text).split()) != 3 or len(words) < 3:
            continue
        name = words[-3:]
        if not (name[2][:1].isupper() and name[2].isalpha()) or is_given_name(gaz, name[1]):
            continue
        if _only_first_surname_held(gaz, name):
            out[i] = q._replace(text=" ".join(words[:-1]))
    return out
