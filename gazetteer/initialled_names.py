"""People named by their initials and surname: "P.W. Botha", "F.W. de Klerk", "S. Jaishankar", "PW Botha", "Ts.Elbegdorj".

Wire copy long wrote leaders this way, while reference sources spell out the
given names ("Pieter Willem Botha"). `normalise` glues "P.W." into one word
("pw botha"), so neither an exact nor a fuzzy lookup finds them. `initials_and_surname`
reads the initials from the text as written, also run onto the surname as Mongolian and Central Asian
agencies write them ("N.Enkhbayar"), one letter of a Cyrillic or Mongolian alphabet written with two
("Ts.", "Kh.") counting as one initial; `initialled_person` finds the
known person whose given names start with exactly those letters, in order, and
whose surname is the rest of the name. One such person only, a public office
holder of the time (in office that day, or near it with their country named in
the article): "J. Smith" is no one in particular, and "J.P. Stevens" in a
business story is a textile maker, not the judge (a court is no public office
here: only the roles that make a state's leaders, ministers, envoys and officials).
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from gazetteer.history import state_on
from gazetteer.lookalike import in_time
from gazetteer.model import Entity, normalise
from gazetteer.people import HONORIFICS, ROLE_SENIORITY, role_on

_INITIALS = re.compile(r"^(?:[A-Z][a-z]?\.){1,4}$|^[A-Z]\.?$")
_INITIAL = re.compile(r"[A-Z][a-z]?(?=\.)|[A-Z]")
# one letter of the Cyrillic or Mongolian alphabets, written with two in English: "Ts.Elbegdorj" is Tsakhiagiin
# Elbegdorj, "Kh.Battulga" Khaltmaagiin Battulga; another two-letter word with its stop is no initial ("St.", "Mt.")
DIGRAPH_INITIALS = frozenset({"ch", "sh", "kh", "zh", "ts", "ya", "yu", "ye", "yo"})
_GLUED = re.compile(r"^((?:[A-Z][a-z]?\.){1,3})(?=[A-Z][a-z])")   # "N.Enkhbayar", as Mongolian agencies write it
_BARE_INITIALS = re.compile(r"^[A-Z]{2,3}$")   # "PW Botha", "ZA Bhutto": initials run together, no dots
NEAR_YEARS = 10   # an office held this close to the date, with the holder's country named, makes him of the time


def glued_initials(text: str) -> bool:
    """Does `text` open with initials run onto the name after them ("N.Enkhbayar", "Ts.Elbegdorj")?"""
    return _GLUED.match(text.strip()) is not None


def initials_and_surname(text: str) -> Optional[tuple[str, list[str]]]:
    """("pw", ["botha"]) for "P.W. Botha", "P. W. Botha" and "PW Botha"; ("fw", ["de", "klerk"]) for "F.W. de Klerk";
    ("ts", ["elbegdorj"]) for "Ts.Elbegdorj"; None when the name does not open with initials or has nothing after them."""
    parsed = _initials_and_surname(text)
    return None if parsed is None else ("".join(parsed[0]), parsed[1])


def _initials_and_surname(text: str) -> Optional[tuple[tuple, list[str]]]:
    """The initials, one each ("ts" one), and the surname's words of `text` (see `initials_and_surname`)."""
    words = _GLUED.sub(r"\1 ", text.strip()).split()
    while len(words) > 1 and normalise(words[0]) in HONORIFICS:
        words = words[1:]
    letters = []
    if len(words) > 1 and _BARE_INITIALS.match(words[0]) and any(c.islower() for c in "".join(words[1:])):
        letters, words = list(words[0].lower()), words[1:]   # in a text not set in capitals ("DP DHAR" may be a body's code)
    while words and _INITIALS.match(words[0]):
        letters += [i.lower() for i in _INITIAL.findall(words[0])]
        words = words[1:]
    rest = normalise(" ".join(words)).split()
    if not letters or not rest or len(letters) > 4 or any(len(w) < 2 for w in rest) \
            or any(len(i) > 1 and i not in DIGRAPH_INITIALS for i in letters):
        return None
    return tuple(letters), rest


def _initialled_so(name: str, letters: tuple, rest: list[str]) -> bool:
    """Do the given names of `name` open with the initials `letters` ("ts" for Tsakhiagiin), one each, before
    the surname `rest`?"""
    words = normalise(name).split()
    if len(words) <= len(rest) or words[-len(rest):] != rest:
        return False
    given = words[:-len(rest)]
    return len(given) == len(letters) and all(w.startswith(i) for w, i in zip(given, letters))


def _named(e: Entity, countries: Counter, date: Optional[str]) -> bool:
    codes = {e.country_code, e.acts_for, state_on(e.country_code, date) if e.country_code else None} - {None}
    return any(countries.get(c, 0) > 0 for c in codes)


def _year(iso: Optional[str]) -> Optional[int]:
    return int(iso[:4]) if iso and iso[:4].isdigit() else None


def _office_near(e: Entity, date: Optional[str]) -> bool:
    """Did e hold a public office within NEAR_YEARS of the date?"""
    year = _year(date)
    for r in e.roles:
        start, end = _year(r.start), _year(r.end)
        if r.role_key in ROLE_SENIORITY and (year is None or ((start is None or start <= year + NEAR_YEARS)
                                                              and (end is None or end >= year - NEAR_YEARS))):
            return True
    return False


def initialled_person(surname_index: dict, text: str, date: Optional[str], max_years_ahead: int,
                      countries: Counter) -> Optional[Entity]:
    """The one known person "P.W. Botha" names, or None. `countries`: the article's states, by code."""
    parsed = _initials_and_surname(text)
    if parsed is None:
        return None
    letters, rest = parsed
    found = {e.entity_id: e for e in surname_index.get(rest[-1], [])
             if any(_initialled_so(n, letters, rest) for n in e.names())}
    if len(found) != 1:
        return None   # none, or several people with those initials and surname: left to other evidence
    (e,) = found.values()
    if not in_time(e, date, max_years_ahead) or not (role_on(e, date) in ROLE_SENIORITY
                                                     or _named(e, countries, date) and _office_near(e, date)):
        return None
    return e
