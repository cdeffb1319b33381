"""A party's name written without its possessive is the name many states' parties bear.

Party Facts spells a party's English name as its source did: Thailand's Ratsadon party is "People Party",
Spain's, Belgium's, Finland's and a dozen more are "People's Party". Only Thailand's is called "People
Party" letter for letter, so the gazetteer keeps that name unqualified, as a name of its own, and "the
People Party" in a Swiss election story linked to the Thai party. A careful reader hears "the People Party"
as "the People's Party": a name parties of many states share, which says nothing of whose it is. So a
party's name is shared (foreign_bodies.shared_name) also when, read without possessives ("People's" ->
"People", "Workers'" -> "Workers"), it is the name of parties of at least `MIN_OTHER_STATES` other
states: the party is then its own state's only in a story that names that state
(foreign_bodies.foreign_body_verdicts), and otherwise the story's state's party so called, or unknown.
"""
from __future__ import annotations

from gazetteer.memo import by_gazetteer
from gazetteer.model import Entity, normalise
from gazetteer.party_pieces import is_party

MIN_OTHER_STATES = 2   # "People's Party" of Spain and Belgium: no name of one state's


def without_possessives(name: str) -> str:
    """The normalised name with its possessive "s" left out: "People's Party" -> "people party"."""
    return " ".join(w for w in normalise(name).split() if w != "s")


@by_gazetteer()
def _states_by_name(gaz) -> dict:
    """{a party's name without possessives: the states whose parties bear it}."""
    index: dict = {}
    for e in gaz.entities:
        if is_party(e) and e.country_code:
            for n in e.names():
                index.setdefault(without_possessives(n), set()).add(e.country_code)
    return index


def borne_with_possessives(gaz, generic: str, e: Entity) -> bool:
    """Is `generic`, a name of the party `e`, read without possessives the name of parties of at least
    `MIN_OTHER_STATES` states other than `e`'s ("People Party" of Thailand: the People's Parties of Spain,
    Belgium, ...)?"""
    if not is_party(e):
        return False
    states = _states_by_name(gaz).get(without_possessives(generic), set())
    return len(states - {e.country_code}) >= MIN_OTHER_STATES
