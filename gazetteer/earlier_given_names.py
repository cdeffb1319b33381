"""A leader named with a first given name the sources leave out: "Winston Baldwin Spencer" is Baldwin Spencer.

Sources often hold a person by the name the person goes by: Antigua's prime minister Winston Baldwin Spencer is
"Baldwin Spencer" in PETRARCH's dictionary. News that writes the full name, one given name more at its start, then
links nothing, and the model's nested "Baldwin Spencer" is the only link. The reverse of
gazetteer/later_given_names.py: a name of three words or more whose first word is a given name (the gazetteer's
people open their names with it far more than they end with it) and whose other words are a known person's full
name of two words or more. As any first name may be put before a name, the resolver asks for as much as for a
later given name: one such person, in an office on the story's date, of a country the story names.
"""
from __future__ import annotations

from gazetteer.given_names import is_given_name
from gazetteer.model import normalise

MIN_WORDS = 3   # the text's name: a first given name, then the known name of two words at least


def known_without_a_first_given_name(gaz, key: str) -> list:
    """The known people one of whose names is the normalised name `key` less its first word, a given name:
    "winston baldwin spencer" -> [Baldwin Spencer]."""
    words = key.split()
    if len(words) < MIN_WORDS or not is_given_name(gaz, words[0]):
        return []
    rest = " ".join(words[1:])
    return [e for e in gaz.lookup_exact(rest, types=("PERSON",))
            if any(normalise(n) == rest for n in e.names())]
