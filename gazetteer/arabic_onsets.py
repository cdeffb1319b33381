"""An Arabic surname romanised with another letter for its first sound or for its 'dh' ("Khadafy", "Kadafi", "Gaddafi").

Romanisations of one Arabic name differ most in the sounds English has no letter for: the first consonant of
Qadhafi is written Q, G, K or Kh ("Qaddafi", "Gaddafi", "Kadafi", "Khadafy"), its 'dh' d, dd or dh, and the
name ends in y or i. Vowels, doubled letters and a final y are already one spelling to
gazetteer.lookalike.folded; this module makes one also a surname's opening K, Kh, G, Gh or Q, and a 'dh'
and 'd' anywhere. The likeness is narrow: the two surnames must be the same letters once so folded ("khadafy"
and "gaddafi" are both "kadafi"), no skeleton likeness. It is taken for a full name only for a person in office
on the story's date, and only where the rest of the fuzzy match holds (the given names agree: a person never
links to someone with a different given name and another surname that only look alike).
"""
from __future__ import annotations

from typing import Optional

from gazetteer.lookalike import folded
from gazetteer.model import Entity, normalise
from gazetteer.people import role_on, surname

ONSETS = ("kh", "gh", "q", "g", "k")   # one first sound, written so; longest first
_SHORTEST_SURNAME = 5                   # "kadafi" 6, "gamal"; shorter names ("gul", "kan") are too many alike


def onset_folded(word: str) -> str:
    """A normalised name word with its opening K/Kh/G/Gh/Q written 'k' and every 'dh' 'd', then `folded`."""
    for onset in ONSETS:
        if word.startswith(onset):
            word = "k" + word[len(onset):]
            break
    return folded(word.replace("dh", "d"))


def same_sound(a: str, b: str) -> bool:
    """Are two normalised surnames one name in two romanisations of its opening sound or its 'dh'
    ("khadafy"/"gaddafi"/"qadhafi"/"kadafi"; not "kader"/"gadir", not "karim"/"hakim")?"""
    return (a != b and min(len(a), len(b)) >= _SHORTEST_SURNAME and a[:1] in "kgq" and b[:1] in "kgq"
            and onset_folded(a) == onset_folded(b))


def surname_sounds_alike(key: str, e: Entity, date: Optional[str]) -> bool:
    """Is the surname of the normalised full name `key` one of `e`'s surnames written with another letter for
    its opening sound or its 'dh', `e` in office on `date`?"""
    last = surname(key)
    return role_on(e, date) is not None and any(same_sound(last, surname(normalise(n))) for n in e.names() if n)
