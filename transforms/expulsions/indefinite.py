"""An actor that is no state in particular: "declared persona non grata by a foreign government", "another
country expelled ...", "any state may expel": one state, but which not said. The story must not make it the
state it names elsewhere (sides.complete_sides would take the other side of the pair told later).

    indefinite_state(actor, states) -> bool"""
from __future__ import annotations

from transforms.expulsions.parse_words import States, normalise

# one state, not named: the noun of the actor phrase
STATE_NOUNS = frozenset({"government", "country", "state", "nation", "power", "regime", "capital"})
_INDEFINITE = frozenset({"a", "an", "another", "any", "some", "one"})


def indefinite_state(actor, states: States) -> bool:
    """Is the actor phrase a common noun for a state with an indefinite determiner ("a foreign government",
    "another country") and no state named in it ("a Gulf state" names none; "a Freedonian government" does)?"""
    if actor is None or actor.pos_ != "NOUN" or normalise(actor.text) not in STATE_NOUNS:
        return False
    if not any(c.dep_ == "det" and normalise(c.text) in _INDEFINITE for c in actor.children):
        return False
    return not any(states.at(t) is not None for t in actor.subtree if t != actor)
