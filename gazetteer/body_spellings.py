"""A body's name written with the other English spelling, or with its state's demonym for the state's name.

News writes one body's name many ways the sources do not hold: British "-isation" for American "-ization"
("Organisation of American States"), and the state a body is named after by its demonym or its name
("Palestinian Liberation Organization" / "Palestine Liberation Organization", "Sudan People's Liberation
Army" / "Sudanese People's ..."). Either alone is often near enough for the fuzzy match, both together are
not ("Palestinian Liberation Organisation"). A body's name the gazetteer does not hold as written is asked
for once more in each such spelling: every word of it in the other spelling of its ending, and a word that is a
state's demonym in the state's names (or a state's name in its demonyms). A name found so through a state is
taken only for a body of that state: "the Freedonian Liberation Front" is no body another state's sources name
"Freedonia Liberation Front". What the name then finds is judged by the article as a fuzzy match is.
"""
from __future__ import annotations

from itertools import product
from typing import List

from gazetteer.model import normalise

# one word's ending in the two spellings of English (British, American)
ENDING_SPELLINGS = (("isation", "ization"), ("isations", "izations"), ("ised", "ized"), ("ising", "izing"))
_MAX_FORMS = 64
_SHORTEST_NAME = 4   # a state's name shorter than this is a code ("PS", "PSE"), no word of a body's name


def _ending_forms(word: str) -> List[str]:
    for british, american in ENDING_SPELLINGS:
        if word.endswith(british):
            return [word[:-len(british)] + american]
        if word.endswith(american):
            return [word[:-len(american)] + british]
    return []


def _state_forms(gaz, word: str) -> tuple:
    """(the state, its other words for `word`) when `word` is a state's demonym or a state's name."""
    if len(word) < _SHORTEST_NAME:
        return None, []
    states = gaz.lookup_exact(word, ("COUNTRY",))
    if len(states) == 1:
        return states[0], [normalise(d) for d in states[0].demonyms]
    state = gaz.lookup_demonym(word)
    if state is None:
        return None, []
    names = [state.canonical_name, *state.aliases]
    return state, [normalise(n) for n in names if len(n) >= _SHORTEST_NAME and not n.isupper()]


def respelt_bodies(gaz, name: str, types) -> list:
    """The bodies (ORG) the gazetteer holds under another spelling of `name` (module docstring); [] when
    `types` allows no body or no other spelling finds one."""
    if "ORG" not in types:
        return []
    words = normalise(name).split()
    if len(words) < 2:
        return []   # one word is a state's demonym or name, no body's
    options, count = [], 1
    for word in words:
        state, forms = _state_forms(gaz, word)
        other = [*_ending_forms(word), *forms]
        options.append([(word, None)] + [(form, state if form in forms else None) for form in dict.fromkeys(other)
                                         if form != word])
        count *= len(options[-1])
        if count > _MAX_FORMS:
            return []
    found = {}
    for choice in product(*options):
        form = " ".join(word for word, _ in choice)
        through = {s.country_code for _, s in choice if s is not None}
        if form == " ".join(words):
            continue
        for e in gaz.lookup_exact(form, ("ORG",)):
            if not through or e.country_code in through:
                found.setdefault(e.entity_id, e)
    return list(found.values())
