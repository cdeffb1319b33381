"""A leader known by a later given name: "Cyril Ramaphosa" is Matamela Cyril Ramaphosa.

Many people go by a given name that is not their first: South Africa's president Matamela Cyril
Ramaphosa is "Cyril Ramaphosa", Willard Mitt Romney "Mitt Romney", Thomas Woodrow Wilson "Woodrow
Wilson". Sources that spell out the full name hold no shorter one, and the lookups that forgive
middle names keep the first ("Cleopa Msuya" for Cleopa David Msuya), so the name news uses linked
nothing. A name of two words or more is also looked up as a known name of three words or more less
its first word. Since any first name may be left out, the resolver asks for more than for a left-out
Muhammad (gazetteer/unwritten_muhammad.py): one such person, in an office on the story's date, of a
country the story names.
"""
from __future__ import annotations

from gazetteer.memo import by_gazetteer
from gazetteer.person_match import people_by_name_part

MIN_WORDS = 3   # the known name: a first given name, the one used, and a surname at least


@by_gazetteer(size=4)
def _names_less_first_word(gaz) -> dict:
    """{a person's name of three words or more less its first word: {entity id: entity}}."""
    return people_by_name_part(gaz, lambda words: [" ".join(words[1:])] if len(words) >= MIN_WORDS else [])


def known_by_a_later_given_name(gaz, key: str) -> list:
    """The known people whose name, less its first word, is the normalised name `key` (two words or more):
    "cyril ramaphosa" -> [Matamela Cyril Ramaphosa]."""
    if len(key.split()) < 2:
        return []
    return list(_names_less_first_word(gaz).get(key, {}).values())
