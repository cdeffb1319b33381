"""Plain "officials" a named state expels, in an article about diplomats: "The British Government expelled 105
officials" in a history of British-Soviet expulsions. A weak noun names no one's diplomats on its own
(people.diplomatic); counted, with nothing in its phrase saying whose or of what they are, the object of a
state's expulsion in an article that names diplomats, they are the diplomats of the story's other side, which
the story gives (sides.complete_sides: only where it tells a pair with that state, else no expulsion).

    story_officials(noun, verb, actor, states) -> bool"""
from __future__ import annotations

from typing import Optional

from transforms.expulsions.headcounts import number_of
from transforms.expulsions.parse_words import FIRST_PERSON, States, normalise

# the people of a state's service, however plain the word (not "members", "employees", "people": of anything)
SERVICE_PEOPLE = frozenset({"officials", "officers", "agents", "operatives", "representatives"})
_PLAIN = frozenset({"nummod", "det", "quantmod", "advmod", "punct"})


def story_officials(noun, verb, actor: Optional[str], states: States) -> bool:
    """Are `noun`'s people ("105 officials") the story's other side's, expelled by `actor` (a state) with the
    active `verb`? Only a plural counted noun of SERVICE_PEOPLE with nothing else on it (no adjective, owner,
    "of"/"from" phrase, relative clause), the verb's direct object with no "from" phrase of its own, in an
    article that names diplomats."""
    if actor is None or actor == FIRST_PERSON or actor.startswith("@") or not states.names_diplomats:
        return False
    if noun is None or normalise(noun.text) not in SERVICE_PEOPLE or noun.dep_ != "dobj" or noun.head != verb:
        return False
    if not any(c.dep_ == "nummod" and number_of(c) for c in noun.children):
        return False
    if any(c.dep_ not in _PLAIN for c in noun.children):
        return False   # "105 party officials", "officials of the ministry", "officials who ..."
    return not any(c.dep_ == "prep" and normalise(c.text) in ("from", "of") for c in verb.children)
