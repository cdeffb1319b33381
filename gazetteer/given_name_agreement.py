"""Whether a known person's names give the given name of a garbled full name: a name a source wrote with a
title before it ("GOV. Reagan", "Govenor Ronald Reagan") is read without the title, and a name of one word
gives no given name at all.

A garbled full name keeps its given name's first letter ("Malie Joly" is Melanie Joly; "Geng Shuang" is
no "Brian Shukan"). Read with its title, "GOV. Reagan" would give a given name "gov", and any "Gary" or
"Gordon" would agree with it; read without, it is one word, which agrees with anyone. Such a name
speaks only for a person the sources know by no longer name: "Judge Gary Rittle" is no Ronald Reagan.
"""
from __future__ import annotations

from typing import Sequence

from gazetteer.people import HONORIFICS

# abbreviated titles some sources write before a name ("GOV. Jimmy Carter", "GEN. Eisenhower"), besides
# the titles people.HONORIFICS holds
SOURCE_TITLES = frozenset({"gov", "govenor", "governor", "gen"})


def untitled(name: str) -> str:
    """A normalised name without the titles before it: "gov ronald reagan" -> "ronald reagan"."""
    words = name.split()
    while len(words) > 1 and (words[0] in HONORIFICS or words[0] in SOURCE_TITLES):
        words = words[1:]
    return " ".join(words)


def initials_agree(a: str, b: str) -> bool:
    """Two names of several words whose given names start alike (a garbled "Malie Joly" may be
    "Melanie Joly"; "Geng Shuang" is not "Brian Shukan"); a one-word name agrees with any."""
    ta, tb = a.split(), b.split()
    return len(ta) < 2 or len(tb) < 2 or ta[0][:1] == tb[0][:1]


def names_give_given_name(key: str, names: Sequence[str]) -> bool:
    """Does a name of a person (normalised `names`) give the given name of the normalised full name `key`:
    its initial, or every word of `key` among its words? The names of several words decide, read
    without their titles; the one-word names only for a person who has no other."""
    plain = [untitled(n) for n in names]
    full = [n for n in plain if " " in n]
    return any(initials_agree(key, n) or set(key.split()) < set(n.split()) for n in full or plain)
