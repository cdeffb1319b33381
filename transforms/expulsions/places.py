"""Where the people of an expulsion are sent from, when the sentence names no one who expels: "the country"
where the text stands ("expelled from this country", "must leave the country"), or the state they then left
("... were declared persona non grata, and they have now left the United Kingdom"). The story takes the actor
from it (story._complete: the story's other side, the state it speaks for, the dateline's country)."""
from __future__ import annotations

from typing import Optional

from transforms.expulsions.parse_words import LEAVE, States, _child, _passive, _prep_objects, lemma, normalise


def _left_after(verb, states: States) -> tuple[Optional[str], bool]:
    """(state, "the country") that the people of a passive expulsion then left, from a verb of leaving
    conjoined to it whose subject is a pronoun for them ("... were declared persona non grata, and they
    have now left the United Kingdom", "... were expelled and left the country")."""
    if not _passive(verb):
        return None, False
    for c in verb.children:
        if c.dep_ != "conj" or lemma(c) not in LEAVE:
            continue
        subj = _child(c, "nsubj")
        if subj is not None and normalise(subj.text) not in ("they", "he", "she", "both", "all"):
            continue
        place = _child(c, "dobj")
        if place is None:
            continue
        hit = states.at(place)
        if hit is not None and hit[1] in ("state", "capital"):
            return hit[0], False
        return None, _this_country(place)
    return None, False


def _this_country(tok) -> bool:
    """"the country", "this country": where the text stands."""
    return normalise(tok.text) == "country" and any(normalise(d.text) in ("the", "this") for d in tok.children)


def told_here(tok, kind: str, left_here: bool) -> bool:
    """Whether the trigger sends the people out of "the country" where the text stands: they then left it
    (`left_here`), "must leave the country", "expelled from this country"."""
    return left_here or kind == "leave" and any(c.dep_ == "dobj" and _this_country(c) for c in tok.children) or \
        kind == "expel" and any(_this_country(o) for _, o in _prep_objects(tok, "from", "of"))
