"""A Spanish name's surname is the father's, the first of its two: "Augusto Pinochet Ugarte" is "Pinochet".

Spanish names give a person two surnames, the father's and then the mother's, and the person is named alone by
the first: "Pinochet", "Suarez" (Adolfo Suarez Gonzalez), "Banzer" (Hugo Banzer Suarez). The sources hold many
people of Spanish-speaking states by both, so the last word of the name, the mother's surname, is no surname a
reader names them by alone. A person of such a state with a name of three words or more is also found by the
word before the last (`fathers_surname`), when that word is no given name (the sources know it far more as the
first word of people's names: "Juan Carlos Varela" is named "Varela") and no particle ("Leopoldo Calvo Sotelo y
Bustelo": his surnames are joined, no one word of them is his).
"""
from __future__ import annotations

from typing import Optional

from gazetteer.given_names import GIVEN_NAME_RATIO

# states whose people bear two surnames, the father's first (ISO 3166-1 alpha-2)
SPANISH_NAMING_STATES = frozenset({"ES", "MX", "GT", "HN", "SV", "NI", "CR", "PA", "CU", "DO", "PR", "CO", "VE",
                                   "EC", "PE", "BO", "CL", "AR", "UY", "PY", "GQ"})
# words that join or open surnames, no surname alone
_PARTICLES = frozenset({"y", "e", "i", "de", "del", "la", "las", "los", "da", "do", "dos", "das", "van", "von", "der",
                        "di"})


def fathers_surname(key: str, given_name_counts: dict, surname_counts: dict) -> Optional[str]:
    """The father's surname of a Spanish name (normalised `key`) of three words or more: the word before the
    last, unless it is a particle or a given name (it opens `GIVEN_NAME_RATIO` times more names, by
    `given_name_counts`, than it closes, by `surname_counts`); None otherwise."""
    words = key.split()
    if len(words) < 3:
        return None
    word = words[-2]
    if word in _PARTICLES or len(word) < 3 or not word.isalpha():
        return None
    if given_name_counts.get(word, 0) >= GIVEN_NAME_RATIO * max(1, surname_counts.get(word, 0)):
        return None
    return word
