"""A bare surname the article has already given in full belongs to that person.

Two cases where the resolver would otherwise look elsewhere:

- the model took the surname for a place or a body ("Ishiba" after "Shigeru Ishiba"):
  `surname_of_one_named`; where the article names several people of that surname in full ("President
  Nursultan Nazarbayev's eldest daughter Dariga" ... "on orders from Nazarbayev"), the one of them
  the gazetteer knows in an office on the article's date, else the only one not introduced as a
  relative by a kin word (gazetteer/kin_words.py);
- the model took a person's given name for a place or a body, as Thai news names people ("Thaksin" after
  "Thaksin Shinawatra"), or a family name that comes first ("Hun" of "Hun Sen"): `given_name_of_one_named`;
- a title stands before the surname ("Secretary Baker" after "Treasury Secretary James Baker"): the
  title alone finds a government member of that surname on the date, who may be another one (Howard
  Baker, chief of staff in 1987); a reader takes the person the article has named in full:
  `person_named_in_full`;
- another name of the article ends in the bare name ("Maxwell Evenor" ... "Evenor told VOA"), whatever
  the model labelled it: the bare name is no garbled form of a third person's ("Robert Jenrick"),
  only that person's or an exact form of someone's: `last_word_of_another_name`;
- the article names a place by the bare name ("the key Mackay region of Queensland" ... "The Mackay
  and Burdekin regions", the second read as a person): no person known by that surname is guessed
  from the article's countries: `named_as_a_place`.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from gazetteer.kin_words import KIN_BEFORE
from gazetteer.model import normalise
from gazetteer.people import person_name_key, role_on
from gazetteer.person_match import PATRONYMIC_PARTICLES


def _full_named(key: str, raw_mentions: Sequence, results: Sequence, upto: Optional[int] = None,
                relatives: Optional[dict] = None) -> dict:
    """{person's identity: the resolver's answer} for the people named with two words or more whose
    last word is `key` (among the first `upto` mentions when given); `relatives`, when given, is filled
    with {identity: is every such mention of them right after a kin word ("his daughter Dariga")}."""
    same = {}
    for j, (other, r) in enumerate(zip(raw_mentions, results)):
        if upto is not None and j >= upto:
            break
        words = person_name_key(other.text).split()
        if r is not None and r.entity_type == "PERSON" and len(words) > 1 and words[-1] == key \
                and words[-2] not in PATRONYMIC_PARTICLES:   # "Salman" of "Mohammed bin Salman" is his father
            identity = r.entity.entity_id if r.entity is not None else r.canonical_name
            same[identity] = r
            if relatives is not None:
                relatives[identity] = relatives.get(identity, True) and \
                    bool(KIN_BEFORE.search(getattr(other, "context_before", "") or ""))
    return same


def _one_in_office(answers: Sequence, date: Optional[str]):
    """The one answer whose person held an office on `date` by the gazetteer, else None."""
    holding = [r for r in answers if r.entity is not None and role_on(r.entity, date)]
    return holding[0] if len(holding) == 1 else None


def surname_of_one_named(m, raw_mentions: Sequence, results: Sequence, date: Optional[str] = None):
    """The answer for the one person the article names in full whose surname the one-word name `m`
    (not in capitals: "BLA" is a code) is, or, of several, the one in office on `date`, else the only one
    not named right after a kin word; else None."""
    key = normalise(m.text)
    if " " in key or not m.text[:1].isupper() or m.text.isupper():
        return None
    relatives = {}
    same = _full_named(key, raw_mentions, results, relatives=relatives)
    if len(same) == 1:
        return next(iter(same.values()))
    not_kin = [r for identity, r in same.items() if not relatives[identity]]
    return _one_in_office(list(same.values()), date) or (not_kin[0] if len(not_kin) == 1 else None)


def given_name_of_one_named(m, i: int, raw_mentions: Sequence, results: Sequence, later: bool = False):
    """The answer for the one person named in full before mention `i` (`later`: anywhere else in the article,
    "Xi told ... Xi Jinping became president") whose first word the one-word name `m` is (not in capitals),
    when no person of the article bears it as a surname; else None."""
    key = normalise(m.text)
    if " " in key or not m.text[:1].isupper() or m.text.isupper() or _full_named(key, raw_mentions, results):
        return None
    same = {}
    others = [(o, r) for j, (o, r) in enumerate(zip(raw_mentions, results)) if j != i] if later \
        else zip(raw_mentions[:i], results[:i])
    for other, r in others:
        words = person_name_key(other.text).split()
        if r is not None and r.entity_type == "PERSON" and len(words) > 1 and words[0] == key:
            same[r.entity.entity_id if r.entity is not None else r.canonical_name] = r
    return next(iter(same.values())) if len(same) == 1 else None


# A romanised Chinese or Korean given name of two syllables, written after the family name: "Ching-te" of "Lai
# Ching-te", "Jae-in" of "Moon Jae-in" (a hyphen then a lower-case syllable; "Ben-Shabbat" is a surname).
_GIVEN_NAME_AFTER_FAMILY_NAME = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


def family_name_written_first(text: str) -> Optional[str]:
    """The family name (normalised) of a name written family name first with a romanised two-syllable
    given name after it ("Lai Ching-te": "lai"), else None."""
    words = text.split()
    if len(words) < 2 or not _GIVEN_NAME_AFTER_FAMILY_NAME.match(words[-1]) or not words[-2][:1].isupper():
        return None
    return normalise(words[-2]) or None


def person_named_in_full(key: str, i: int, raw_mentions: Sequence, results: Sequence):
    """The answer for the one person named in full before mention `i` whose surname the bare name `key`
    (normalised, without its title) is, else None. A name written family name first gives its first word
    ("President Lai" after "Lai Ching-te", whom the sources may not hold: no other Lai of that state)."""
    if not key or " " in key:
        return None
    same = _full_named(key, raw_mentions, results, upto=i)
    if not same:
        for other, r in zip(raw_mentions[:i], results[:i]):
            if r is not None and r.entity_type == "PERSON" and family_name_written_first(other.text) == key:
                same[r.entity.entity_id if r.entity is not None else r.canonical_name] = r
    return next(iter(same.values())) if len(same) == 1 else None


def last_word_of_another_name(key: str, i: int, raw_mentions: Sequence) -> bool:
    """Does a name of two words or more other than mention `i`, under any label, end in the bare name
    `key` (normalised)? Then a likeness to a third person's name says nothing."""
    if not key or " " in key:
        return False
    for j, other in enumerate(raw_mentions):
        words = person_name_key(other.text).split()
        if j != i and len(words) > 1 and words[-1] == key and words[-2] not in PATRONYMIC_PARTICLES:
            return True
    return False


def named_as_a_place(key: str, raw_mentions: Sequence, results: Sequence) -> bool:
    """Does the article name a city or a country by exactly the bare name `key` (normalised)?"""
    return any(r is not None and r.entity is not None and r.entity_type in ("CITY", "COUNTRY")
               and normalise(o.text) == key for o, r in zip(raw_mentions, results))
