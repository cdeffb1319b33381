"""People of an organisation of many states are its staff, no state's diplomats.

    of_international_body(noun) -> bool

"Ruritania declared a Freedonian employee of the United Nations Interim Administration Mission persona non grata",
"expelled two staff members of the UN refugee agency", "declared a Freedonian UN staff member persona non grata": weak
people (an employee, a member, staff: patterns/grammar.json weak_personnel_heads) "of" a body named after an
organisation of many states (international_bodies), or with its name among the nouns before theirs, serve that
organisation, whatever their nationality; putting them out is another sense than a state's expulsion of another's
diplomats. A state's own mission "to the United Nations" names the organisation after its head ("two members of the
Freedonian mission to the United Nations" are Freedonia's diplomats).
"""
from __future__ import annotations

from transforms.expulsions.parse_words import INTERNATIONAL_BODIES, _prep_objects
from transforms.expulsions.people import _weak


def of_international_body(noun) -> bool:
    """Are the weak people `noun` names "of" a body whose own name (its words up to its head) names an organisation
    of many states, or named by such an organisation before them ("a Freedonian UN staff member", "two United
    Nations employees": its name among the nouns that modify theirs)?"""
    if not _weak(noun):
        return False
    for _, obj in _prep_objects(noun, "of"):
        words = f" {' '.join(t.text for t in obj.subtree if t.i <= obj.i)} "
        if any(f" {body} " in words for body in INTERNATIONAL_BODIES):
            return True
    return _named_by_body(noun)


def _named_by_body(noun) -> bool:
    """Do the nouns before `noun` that modify it ("UN staff" in "a Freedonian UN staff member") name an
    organisation of many states? Not where a possessive is among them ("Freedonia's UN mission staff": a state's
    own mission to the organisation)."""
    mods = [t for c in noun.children if c.i < noun.i and c.dep_ in ("compound", "nmod") for t in c.subtree]
    if not mods or any(t.dep_ == "poss" for t in mods):
        return False
    words = f" {' '.join(t.text for t in sorted(mods, key=lambda t: t.i))} "
    return any(f" {body} " in words for body in INTERNATIONAL_BODIES)
