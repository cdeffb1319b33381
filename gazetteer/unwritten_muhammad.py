"""A Muslim name written without its opening "Muhammad": "Javad Zarif", "Ishaq Dar", "Yahya Khan".

Across the Arab world, Iran and South Asia a man's first given name is often Muhammad (in one of
its spellings: Mohammad, Mohammed, Mohamed ...), and news leaves it out: Mohammad Javad Zarif is
"Javad Zarif", Muhammad Ishaq Dar is "Ishaq Dar", Agha Mohammad Yahya Khan is "Yahya Khan". The
sources keep the full name, so a name of two words or more is also looked up as the tail of a known
name that opens with Muhammad (after at most one word before it, an honorific such as "Agha").

Only the spellings of Muhammad are left out, and only whole words: "Javad Zarif" is no "Hamid
Javad Zarif" unless the sources spell him so. The resolver asks for more before linking (one such
person, in time, of a country the story names).
"""
from __future__ import annotations

import re

from gazetteer.memo import by_gazetteer
from gazetteer.person_match import people_by_name_part

# the spellings of Muhammad, not names that sound near it ("mahmoud", "mamadou", "hamid")
MUHAMMAD = re.compile(r"^m[ou]h+[ae]m+[ae]d+u?$")
MAX_WORDS_BEFORE = 1   # "agha mohammad yahya khan": one word may come before Muhammad


def is_muhammad(word: str) -> bool:
    """Is a normalised word a spelling of Muhammad ("mohammad", "mohammed", "mohamed", "muhammed")?"""
    return bool(MUHAMMAD.match(word))


@by_gazetteer(size=4)
def _names_after_muhammad(gaz) -> dict:
    """{what a person's name leaves after its opening Muhammad: {entity id: entity}}, for what is left of
    two words or more."""
    def tail(words: list) -> list:
        at = next((i for i, w in enumerate(words[:MAX_WORDS_BEFORE + 1]) if is_muhammad(w)), None)
        return [" ".join(words[at + 1:])] if at is not None and len(words) - at - 1 >= 2 else []
    return people_by_name_part(gaz, tail)


def written_without_muhammad(gaz, key: str) -> list:
    """The known people whose name, less its opening Muhammad, is the normalised full name `key` (two
    words or more, opening with no Muhammad itself): "javad zarif" -> [Mohammad Javad Zarif]."""
    words = key.split()
    if len(words) < 2 or is_muhammad(words[0]):
        return []
    return list(_names_after_muhammad(gaz).get(key, {}).values())
