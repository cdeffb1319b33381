"""A given name written short or in full: "Tom Thabane" is Thomas Thabane, "Joseph R. Biden Jr." is Joe Biden.

News writes many leaders by the short form of a given name ("Tom", "Dan", "Ron"), and others by the full
form where the sources hold the short one ("Joseph R. Biden Jr." for the Joe Biden the sources list). The
sources hold one of the two forms only, and a short form is too far from the full one for a fuzzy match
("tom thabane" against "thomas thabane"). A short form keeps the full one's first letter and its letters in
their order ("Tom": T-h-o-m-as, "Joe": J-o-s-e-ph, "Dan": D-a-n-iel; not "Bill" for William, which this
leaves alone). Two given names are one name written short and in full when the shorter has MIN_SHORT to
MAX_SHORT letters, opens with the longer's first letter, its second letter stands within the longer's first
three ("Dan" is no Duncan) and its letters appear in the longer in order; a woman's form of a man's name
("Ivana", "Paula") and given names the sources give to people of opposite sexes never are. The full name's middle initials and a generational
suffix are left out ("Joseph R. Biden Jr." is "joseph biden"), and any given name of the known person's may be
the one written ("Tom Thabane" for Motsoahae Thomas Thabane).

Since the rule reads letters only, the resolver asks for more than for a name it matches as written: one such
person, of a country the story names, not long out of office (person_evidence).
"""
from __future__ import annotations

from gazetteer.given_name_sex import sex_of_given_name
from gazetteer.memo import by_gazetteer
from gazetteer.model import normalise
from gazetteer.person_match import GENERATIONAL_SUFFIXES, people_by_name_part

MIN_SHORT, MAX_SHORT = 3, 4   # "Tom", "Nick"; a longer word is a name of its own ("Abdul", not Abdullah)


def _bare_words(key: str) -> list:
    """The words of a normalised name without middle initials and a generational suffix at its end."""
    words = key.split()
    if len(words) > 2 and words[-1] in GENERATIONAL_SUFFIXES:
        words = words[:-1]
    return [w for i, w in enumerate(words) if i in (0, len(words) - 1) or len(w) > 1]


def _in_order(short: str, long: str) -> bool:
    """Are the letters of `short` in `long` in order, its first two among the first three of `long` ("to" in
    "thomas"; not "da" in "duncan")?"""
    letters = iter(long)
    return all(c in letters for c in short) and short[1] in long[1:3]


def written_short_or_full(a: str, b: str) -> bool:
    """Are given names `a` and `b` (normalised words) one name, one written short ("tom", "thomas")?"""
    short, long = sorted((a, b), key=len)
    if short == long or not MIN_SHORT <= len(short) <= MAX_SHORT or short[0] != long[0] or not _in_order(short, long) \
            or long[:-1] == short and long[-1] in "ae":
        return False   # "ivana", "paula", "louise": a woman's form of the name
    sexes = {sex_of_given_name(short), sex_of_given_name(long)} - {None}
    return len(sexes) < 2


@by_gazetteer(size=4)
def _people_by_surname(gaz) -> dict:
    """{surname: {entity id: entity}} over the people whose names have two words or more."""
    return people_by_name_part(gaz, lambda words: [words[-1]] if len(words) >= 2 else [])


def named_by_another_form_of_a_given_name(gaz, key: str) -> list:
    """The known people one of whose names is the normalised name `key` of two words with its given name written
    short or in full ("tom thabane" -> Thomas Thabane, "joseph r biden jr" -> Joe Biden)."""
    words = _bare_words(key)
    if len(words) != 2:
        return []
    given, family = words
    found = []
    for e in _people_by_surname(gaz).get(family, {}).values():
        for n in e.names():
            known = _bare_words(normalise(n))
            if len(known) >= 2 and known[-1] == family and given not in known[:-1] \
                    and any(written_short_or_full(given, g) for g in known[:-1]):
                found.append(e)
                break
    return found
