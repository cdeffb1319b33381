"""When two person names are too different to be one person, and when a person is out of time.

Fuzzy matching forgives garbled spelling ("Sergei Skripl"), but a lookalike
is not the same person: "Hervé Martel" is not "Hubert Martel", "George
Thomas" is not "Roger Thomas", and "Kim Jong-nam" is not "Kim Yong Nam".
Given names must agree (the same name spelt a little differently, an
initial, or a short form); every word of names of the same length must
agree; surnames must start alike. Which name of the two is fuzzy is left to
the similarity scores; these rules only veto.

A name spelt otherwise than every name of a person ("Vincent Fan" for "Vincent Fean") is that
person only in a story that speaks of the person's country, or while the person leads a state
("Olaf Sholz" in 2022): string likeness alone is no evidence.
Dropping a middle initial ("Robert Byrd" for "Robert C. Byrd") is no other spelling, but a name that is a
person's only but for its middle initials is that person only in a story that names the person's country (or
while the person leads a state) and not long after the person's last office ("John R. Stanley" in a Texas
story is no British minister John Stanley). A name with a given
name more than a person's and a surname spelt otherwise ("Mohammad Ali Hosseini", "Mohammad Hoseini") differs
twice: another person.

A person who first held office decades after an article's date is not whom
a garbled or bare surname in it names ("Mr. Mayhew" in 1949 is not the
minister of the 1990s).
"""
from __future__ import annotations

import re
from typing import Optional

from rapidfuzz import fuzz

from gazetteer.history import state_on
from gazetteer.model import Entity

GIVEN_NAME_MIN_RATIO = 75
_PATRONYMIC_ENDINGS = ("ovich", "evich", "ovitch", "evitch", "ovna", "evna")   # "Andreyevich": no given name      # two spellings of one given name ("musa"/"mousa" 89, "sergei"/"sergey" 83)


def given_names_agree(a: str, b: str) -> bool:
    """Two normalised given names (or other words of a name) that may be one name."""
    if a == b:
        return True
    if not a or not b or a[0] != b[0]:
        return False
    if len(a) == 1 or len(b) == 1:
        return True                          # an initial
    if a.startswith(b) or b.startswith(a):
        return True                          # a short form: "alex" / "alexander"
    return fuzz.ratio(a, b) >= GIVEN_NAME_MIN_RATIO and spelling_variants(a, b)


_VOWELS = frozenset("aeiouyh")   # and a silent or transliterated 'h' ("grushko"/"grusko")
_SAME_SOUND = (("x", "ks"), ("ph", "f"), ("kh", "h"), ("sch", "sh"), ("c", "k"), ("w", "v"), ("v", "f"),
               ("mb", "nb"), ("mp", "np"))   # a nasal before a lip sound is heard as 'm': "stoltemberg"
_J_AFTER_VOWEL = re.compile(r"(?<=[aeiou])j")
_SHORT_NAME = 5
_LONG_NG_NAME = 6   # a final "g" dropped only from a long name: "wang" is no "wan"


def folded(word: str) -> str:
    """A name word without doubled letters and with a final 'y' as 'i' ("vassily" -> "vasili"), and
    letters that transliterations swap made one ("aleksandr"/"alexander", "mikhail"/"mihail",
    "scholz"/"sholz", "lavrov"/"lavrof", "stoltenberg"/"stoltemberg"), and a long name's final "ng"
    as "n" ("jinping"/"jinpin")."""
    if word.endswith("slau"):
        word = word[:-1] + "v"   # Belarusian's 'ў' written 'u' is Russian's 'v': "stanislau"/"stanislav"
    for old, new in _SAME_SOUND:
        word = word.replace(old, new)
    # German, Czech and Polish spellings: a 'j' after a vowel is English 'y' ("kaja"/"kaya", "andrejev"/
    # "andreyev", "sergej"/"sergey"), and a 'z' inside a name an 's' ("sanchez"/"sanches", "gonzales")
    word = word[:1] + _J_AFTER_VOWEL.sub("y", word[1:]).replace("z", "s")
    out = "".join(c for i, c in enumerate(word) if i == 0 or c != word[i - 1])
    if out.endswith("y"):
        out = out[:-1] + "i"
    if out.endswith("ng") and len(out) >= _LONG_NG_NAME:
        out = out[:-1]   # a final 'g' heard or not after 'n' in a long name ("jinping"/"jinpin")
    return out.replace("ii", "i")


def spelling_variants(a: str, b: str, short_swaps: bool = False) -> bool:
    """May two normalised name words be one name spelt two ways? Transliterations differ in vowels
    and doubled letters, or an 'h' ("mohammed"/"muhammad", "grushko"/"grusko", "nebenzia"/"nebenzya",
    "andriy"/"andrii", "musa"/"mousa"), not in consonants ("mccaul" is not "mcfaul", "mark" not
    "mary"); and a vowel swapped in a short name makes another name ("song" is not "sung", "kim"
    not "kam") unless `short_swaps` (a garbled surname of the one holder of a role: "tras")."""
    return same_spelling(spelling_forms(a), spelling_forms(b), short_swaps)


def spelling_forms(word: str) -> tuple[str, str]:
    """What `spelling_variants` compares of a word: its `folded` form, and that form's skeleton (the
    first letter and the consonants after it). Words that are spelling variants share the skeleton."""
    form = folded(word)
    return form, form[:1] + "".join(c for c in form[1:] if c not in _VOWELS)


def same_spelling(a: tuple[str, str], b: tuple[str, str], short_swaps: bool = False) -> bool:
    """`spelling_variants` of two words given their `spelling_forms`."""
    (fa, skeleton_a), (fb, skeleton_b) = a, b
    if fa == fb:
        return True
    if skeleton_a != skeleton_b:
        return False
    return short_swaps or len(fa) != len(fb) or min(len(fa), len(fb)) >= _SHORT_NAME


def names_compatible(a: str, b: str) -> bool:
    """May normalised person names `a` and `b` (both of two or more words) be the same person?

    Single-word names are always compatible here (a bare surname is judged elsewhere).
    """
    ta, tb = a.split(), b.split()
    if len(ta) < 2 or len(tb) < 2:
        return True
    if ta[-1][0] != tb[-1][0] or not given_names_agree(ta[0], tb[0]):
        return False
    if len(ta) == len(tb):
        return all(given_names_agree(x, y) for x, y in zip(ta[1:-1], tb[1:-1]))
    longer, shorter = (ta, tb) if len(ta) > len(tb) else (tb, ta)
    extra = [w for w in longer[1:-1] if len(w) > 1 and not w.endswith(_PATRONYMIC_ENDINGS)
             and not any(given_names_agree(w, x) for x in shorter[1:-1])]
    if middle_names_disagree(a, b):
        return False   # each names a given name the other lacks: "Rana Sanaullah Khan" is no "Rana Muhammad Farooq Khan"
    # a given name more and the surname spelt otherwise are two differences: "Mohammad Ali Hosseini" is no
    # "Mohammad Hoseini"; either alone is one ("Robert C. Byrd", "Andrei Andreyevich Gromyko", "Sergei Lavrof")
    return not (extra and ta[-1] != tb[-1])


def middle_names_disagree(a: str, b: str) -> bool:
    """Does each of the normalised names `a` and `b` give, between its first and last word, a given name the
    other lacks ("rana sanaullah khan", "rana muhammad farooq saeed khan")? Initials and patronymics aside; a
    name that gives fewer names ("omar hassan al bashir" of "omar hassan ahmad al bashir") does not disagree."""
    def own(words: list, other: list) -> list:
        return [w for w in words[1:-1] if len(w) > 1 and not w.endswith(_PATRONYMIC_ENDINGS)
                and not any(given_names_agree(w, x) for x in other[1:-1])]
    ta, tb = a.split(), b.split()
    return bool(own(ta, tb)) and bool(own(tb, ta))


def first_role_year(e: Entity) -> Optional[int]:
    years = [int(r.start[:4]) for r in e.roles if r.start and r.start[:4].isdigit()]
    return min(years) if years else None


def in_time(e: Entity, date: Optional[str], max_years_ahead: int) -> bool:
    """False for a person whose first known role began more than `max_years_ahead` years after `date`."""
    if not date or not date[:4].isdigit():
        return True
    first = first_role_year(e)
    return first is None or first - int(date[:4]) <= max_years_ahead


def without_inner_initials(key: str) -> list:
    """The words of a normalised name without one-letter words between its first and last."""
    words = key.split()
    return [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and len(w) == 1)]


def spelt_otherwise(key: str, e: Entity, name_key) -> bool:
    """Is the normalised name `key` none of `e`'s names, middle initials and middle names aside
    ("Cleopa Msuya" is "Cleopa David Msuya" written short; `name_key` makes a name's key: the resolver's
    `person_name_key`)?"""
    mine = without_inner_initials(key)
    return not any(_written_short(mine, without_inner_initials(name_key(n))) for n in e.names() if n)


def one_of_its_names(key: str, e: Entity, name_key) -> bool:
    """Is the normalised name `key` one of `e`'s names as written, middle initials and all ("Paul A.
    Volcker" of a source that writes it so; not "John R. Stanley" of "John Stanley")?"""
    return any(name_key(n) == key for n in e.names() if n)


def _written_short(a: list, b: list) -> bool:
    """Are the name words `a` the words `b`, or `b` with middle names left out (first and last kept)?"""
    if a == b:
        return True
    if len(a) < 2 or len(b) <= len(a) or a[0] != b[0] or a[-1] != b[-1]:
        return False
    rest = iter(b)
    return all(w in rest for w in a)   # in order


def of_no_state(e: Entity) -> bool:
    """Does the person belong to no state, by country, acting state or any role's country (an
    international body's official)?"""
    return not any(c for c in (e.country_code, e.acts_for, *(r.country for r in e.roles)))


def of_a_country_named(e: Entity, context, date: Optional[str]) -> bool:
    """Does the article (its countries: `context`, a Counter of codes) name the person's country, or a
    country the person held a role for, or the state it was part of on the date? A person of no
    state (a UN secretary-general) always passes."""
    codes = {c for c in (e.country_code, e.acts_for, *(r.country for r in e.roles)) if c}
    return not codes or any(context.get(c, 0) > 0 or context.get(state_on(c, date, person=True), 0) > 0
                            for c in codes)
